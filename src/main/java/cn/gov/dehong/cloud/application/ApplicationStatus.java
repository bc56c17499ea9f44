package cn.gov.dehong.cloud.application;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands in Art. 9; the allowed moves are listed here and checked on every step. */
public enum ApplicationStatus {
    DRAFT,
    /** 专项申请，资金未落实: waiting for the same-level government. */
    FUNDING_APPROVAL,
    FUNDING_REFUSED,
    /** 集中申请: waiting for the parent unit or county to aggregate and forward it. */
    AGGREGATION,
    /** 受理: the DEC checks completeness and reasonableness within 5 working days. */
    ACCEPTANCE,
    REFUSED,
    /** 审核: DEC and finance countersign. */
    REVIEW,
    REJECTED,
    /** Approved centralized application waiting for the government-approved usage plan. */
    PLANNING,
    /** The vendor has been told to connect, plan the migration and open test resources (5 working days). */
    VENDOR_KICKOFF,
    /** 10-day test. */
    TESTING,
    /** Production; waiting for the unit to confirm the go-live. */
    IN_SERVICE,
    /** The unit confirmed the go-live. */
    CONFIRMED;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(FUNDING_APPROVAL, AGGREGATION, ACCEPTANCE);
            case FUNDING_APPROVAL -> EnumSet.of(FUNDING_REFUSED, AGGREGATION, ACCEPTANCE);
            case AGGREGATION -> EnumSet.of(ACCEPTANCE, DRAFT);
            case ACCEPTANCE -> EnumSet.of(REVIEW, REFUSED);
            case REVIEW -> EnumSet.of(PLANNING, VENDOR_KICKOFF, REJECTED);
            case PLANNING -> EnumSet.of(VENDOR_KICKOFF);
            case VENDOR_KICKOFF -> EnumSet.of(TESTING);
            case TESTING -> EnumSet.of(IN_SERVICE);
            case IN_SERVICE -> EnumSet.of(CONFIRMED);
            case FUNDING_REFUSED, REFUSED, REJECTED, CONFIRMED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
