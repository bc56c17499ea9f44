package cn.gov.dehong.cloud.application.internal.workflow;

/** The names of the process variables the BPMN definitions and the Java code share. */
public final class ProcessVariables {

    public static final String SUBJECT_KEY = "subjectKey";
    public static final String SUBJECT_ID = "subjectId";
    public static final String SUBJECT_CODE = "subjectCode";
    public static final String SUBJECT_TITLE = "subjectTitle";
    public static final String UNIT_ID = "unitId";
    public static final String UNIT_NAME = "unitName";
    public static final String KIND = "kind";
    public static final String NEEDS_FUNDING_APPROVAL = "needsFundingApproval";
    public static final String NEEDS_AGGREGATION = "needsAggregation";
    public static final String FUNDING_GROUP = "fundingGroup";
    public static final String AGGREGATOR_GROUP = "aggregatorGroup";
    public static final String UNIT_LEADER_GROUP = "unitLeaderGroup";
    public static final String GOVERNMENT_GROUP = "governmentGroup";
    public static final String FUNDING_APPROVED = "fundingApproved";
    public static final String FORWARDED = "forwarded";
    public static final String ACCEPTED = "accepted";
    public static final String DEC_APPROVED = "decApproved";
    public static final String FINANCE_APPROVED = "financeApproved";
    public static final String APPROVED = "approved";
    public static final String PRODUCTION_STARTS_AT = "productionStartsAt";
    public static final String PRODUCTION_START_DATE = "productionStartDate";

    public static final String MESSAGE_USAGE_PLAN_APPROVED = "usagePlanApproved";

    private ProcessVariables() {
    }
}
