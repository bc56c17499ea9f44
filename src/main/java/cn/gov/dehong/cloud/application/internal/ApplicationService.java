package cn.gov.dehong.cloud.application.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.application.ApplicationEvents.ApplicationAccepted;
import cn.gov.dehong.cloud.application.ApplicationEvents.ServiceOrderApproved;
import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.application.ApplicationStatus;
import cn.gov.dehong.cloud.application.internal.workflow.ProcessVariables;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Art. 9(一)–(五): an application from draft to a confirmed running service. Each method is one step by one
 * actor; the workflow engine decides which step comes next, this class checks who may act and what the
 * regulation requires of the step.
 */
@Service
@Transactional
class ApplicationService {

    static final String PROCESS_KEY = "serviceApplication";
    private static final String AUDIT_TYPE = "Application";

    private final ApplicationRepository applications;
    private final CampaignRepository campaigns;
    private final ReviewOpinionRepository opinions;
    private final AttachmentService attachments;
    private final WorkflowSteps workflow;
    private final StepService steps;
    private final OrganizationDirectory organization;
    private final CatalogManagement catalog;
    private final SubscriptionManagement subscriptions;
    private final Notices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, CampaignRepository campaigns,
                       ReviewOpinionRepository opinions, AttachmentService attachments, WorkflowSteps workflow,
                       StepService steps, OrganizationDirectory organization, CatalogManagement catalog,
                       SubscriptionManagement subscriptions, Notices notices, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.opinions = opinions;
        this.attachments = attachments;
        this.workflow = workflow;
        this.steps = steps;
        this.organization = organization;
        this.catalog = catalog;
        this.subscriptions = subscriptions;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- drafting (使用单位) ---------------------------------------------------------------------------------------

    ApplicationDetails createDraft(Actor actor, ApplicationDraft draft) {
        requireRole(actor, Role.UNIT_APPLICANT);
        if (!organization.unit(actor.unitId()).isAgency()) {
            throw BusinessRuleException.forbidden("application.error.notAgency");
        }
        Application application = new Application("DRAFT-" + java.util.UUID.randomUUID(), draft.kind(),
                draft.kind() == ApplicationKind.CENTRALIZED ? draft.campaignId() : null, actor.unitId(),
                actor.unitName(), actor.username(), clock.instant());
        fill(application, draft);
        application = applications.saveAndFlush(application);
        application.assignCode("SQ-%d-%05d".formatted(workflow.today().getYear(), application.getId()));
        audit.record("application.create", AUDIT_TYPE, application.getId(), null, summary(application));
        return details(actor, application.getId());
    }

    ApplicationDetails updateDraft(Actor actor, Long id, ApplicationDraft draft) {
        Application application = ownDraft(actor, id);
        String before = summary(application);
        if (draft.kind() != application.getKind()) {
            throw BusinessRuleException.invalid("application.error.kindChange");
        }
        fill(application, draft);
        audit.record("application.update", AUDIT_TYPE, id, before, summary(application));
        return details(actor, id);
    }

    ApplicationDetails attachSizingPlan(Actor actor, Long id, MultipartFile file) {
        ownDraft(actor, id);
        return attach(actor, id, attachments.store(file, actor.username()));
    }

    ApplicationDetails attachSizingPlan(Actor actor, Long id, String fileName, byte[] content) {
        ownDraft(actor, id);
        return attach(actor, id, attachments.store(fileName, content, actor.username()));
    }

    private ApplicationDetails attach(Actor actor, Long id, Attachment attachment) {
        Application application = load(id);
        application.attachSizingPlan(attachment.getId());
        audit.record("application.attachSizingPlan", AUDIT_TYPE, id, null,
                attachment.getFileName() + " sha256=" + attachment.getSha256());
        return details(actor, id);
    }

    /** Submits the application; which first step it goes to is the process definition's decision. */
    ApplicationDetails submit(Actor actor, Long id) {
        Application application = ownDraft(actor, id);
        if (!application.isNoClassifiedDeclaration()) {
            throw BusinessRuleException.invalid("application.error.declarationMissing");
        }
        if (application.getSizingPlanAttachmentId() == null) {
            throw BusinessRuleException.invalid("application.error.sizingPlanMissing");
        }
        if (application.getLines().isEmpty()) {
            throw BusinessRuleException.invalid("application.error.noLines");
        }
        boolean centralized = application.getKind() == ApplicationKind.CENTRALIZED;
        if (centralized) {
            openCampaign(application.getCampaignId());
        }
        ApplicationStatus first = application.needsFundingApproval() ? ApplicationStatus.FUNDING_APPROVAL
                : centralized ? ApplicationStatus.AGGREGATION : ApplicationStatus.ACCEPTANCE;
        application.moveTo(first);
        Map<String, Object> variables = subjectVariables(application);
        variables.put(ProcessVariables.KIND, application.getKind().name());
        variables.put(ProcessVariables.NEEDS_FUNDING_APPROVAL, application.needsFundingApproval());
        variables.put(ProcessVariables.NEEDS_AGGREGATION, centralized);
        variables.put(ProcessVariables.FUNDING_GROUP,
                Actor.groupOf(Role.GOV_APPROVER, organization.fundingGovernmentOf(application.getUnitId())));
        variables.put(ProcessVariables.AGGREGATOR_GROUP,
                Actor.groupOf(Role.AGGREGATOR, organization.aggregatingUnitOf(application.getUnitId())));
        variables.put(ProcessVariables.UNIT_LEADER_GROUP, Actor.groupOf(Role.UNIT_LEADER, application.getUnitId()));
        applications.flush();
        String processId = workflow.start(PROCESS_KEY, subjectKey(id), variables);
        application.submitted(clock.instant(), processId);
        audit.record("application.submit", AUDIT_TYPE, id, ApplicationStatus.DRAFT.name(), first.name());
        return details(actor, id);
    }

    // ---- steps ------------------------------------------------------------------------------------------------

    /** Art. 9(一)2: the same-level government secures (or refuses) the funds of a special application. */
    ApplicationDetails decideFunding(Actor actor, Long id, Decision decision) {
        Application application = actionable(actor, id, "fundingApproval");
        requireReason(decision);
        application.moveTo(decision.approved() ? ApplicationStatus.ACCEPTANCE : ApplicationStatus.FUNDING_REFUSED);
        workflow.complete(subjectKey(id), "fundingApproval", actor,
                Map.of(ProcessVariables.FUNDING_APPROVED, decision.approved()), outcome(decision), decision.comment());
        if (!decision.approved()) {
            tellUnit(application, "notice.application.fundingRefused", decision.comment());
        }
        audit.record("application.fundingDecision", AUDIT_TYPE, id, ApplicationStatus.FUNDING_APPROVAL.name(),
                application.getStatus().name());
        return details(actor, id);
    }

    /** Art. 9(一)1: the parent unit or county forwards its subordinate's centralized application, or returns it. */
    ApplicationDetails aggregate(Actor actor, Long id, Decision decision) {
        Application application = actionable(actor, id, "aggregation");
        requireReason(decision);
        workflow.complete(subjectKey(id), "aggregation", actor, Map.of(ProcessVariables.FORWARDED, decision.approved()),
                decision.approved() ? "FORWARDED" : "RETURNED", decision.comment());
        if (decision.approved()) {
            application.moveTo(ApplicationStatus.ACCEPTANCE);
        } else {
            application.returned();
            tellUnit(application, "notice.application.returned", decision.comment());
        }
        audit.record("application.aggregate", AUDIT_TYPE, id, ApplicationStatus.AGGREGATION.name(),
                application.getStatus().name());
        return details(actor, id);
    }

    /** Art. 9(二): the DEC accepts or refuses (with its opinion) within 5 working days. */
    ApplicationDetails accept(Actor actor, Long id, Decision decision) {
        Application application = actionable(actor, id, "acceptance");
        requireReason(decision);
        application.moveTo(decision.approved() ? ApplicationStatus.REVIEW : ApplicationStatus.REFUSED);
        workflow.complete(subjectKey(id), "acceptance", actor, Map.of(ProcessVariables.ACCEPTED, decision.approved()),
                decision.approved() ? "ACCEPTED" : "REFUSED", decision.comment());
        if (decision.approved()) {
            events.publishEvent(new ApplicationAccepted(id, application.getUnitId()));
        } else {
            tellUnit(application, "notice.application.refused", decision.comment());
        }
        audit.record("application.acceptance", AUDIT_TYPE, id, ApplicationStatus.ACCEPTANCE.name(),
                application.getStatus().name());
        return details(actor, id);
    }

    /** Art. 9(三): the DEC's or the finance bureau's signature of the countersigned review. */
    ApplicationDetails review(Actor actor, Long id, ReviewInput input) {
        Application application = load(id);
        if (!actor.hasAny(Role.DEC_REVIEWER, Role.FINANCE)) {
            // nobody else signs: another unit gets 404, the unit itself 403, before the state is told
            organization.requireVisible(actor, application.getUnitId());
            throw BusinessRuleException.forbidden("error.step.notCandidate");
        }
        if (application.getStatus() != ApplicationStatus.REVIEW) {
            throw BusinessRuleException.conflict("error.step.notOpen");
        }
        if (!input.approved() && (input.comment() == null || input.comment().isBlank())) {
            throw BusinessRuleException.invalid("error.reasonRequired");
        }
        ReviewOpinion.Party party = reviewParty(actor);
        String step = party == ReviewOpinion.Party.DEC ? "decReview" : "financeReview";
        String variable = party == ReviewOpinion.Party.DEC ? ProcessVariables.DEC_APPROVED : ProcessVariables.FINANCE_APPROVED;
        opinions.save(new ReviewOpinion(subjectKey(id), party, input.approved(), input.necessity(), input.feasibility(),
                input.security(), input.sharingScope(), input.productsAndCost(), input.thirdPartyEvaluation(),
                input.comment(), actor.username(), clock.instant()));
        workflow.complete(subjectKey(id), step, actor, Map.of(variable, input.approved()),
                input.approved() ? "APPROVED" : "REJECTED", input.comment());
        audit.record("application.review." + party.name().toLowerCase(), AUDIT_TYPE, id, null,
                input.approved() ? "APPROVED" : "REJECTED");
        return details(actor, id);
    }

    /** Called by the process when both signatures are in (Art. 9(三)). */
    void reviewConcluded(Long id, boolean approved) {
        Application application = load(id);
        ApplicationStatus target = !approved ? ApplicationStatus.REJECTED
                : application.getKind() == ApplicationKind.CENTRALIZED ? ApplicationStatus.PLANNING
                : ApplicationStatus.VENDOR_KICKOFF;
        application.moveTo(target);
        if (approved) {
            events.publishEvent(new ServiceOrderApproved(id, application.getUnitId(), application.getKind()));
        } else {
            tellUnit(application, "notice.application.rejected", "");
        }
        audit.record("application.reviewConcluded", AUDIT_TYPE, id, ApplicationStatus.REVIEW.name(), target.name());
    }

    /** Art. 9(三): the review opinion is notified in writing to the cyberspace, secrecy and public-security bodies. */
    void noticeSecurityDepartments(Long id, boolean approved) {
        Application application = load(id);
        notices.send(Role.SECURITY_VIEWER.name(), "notice.application.reviewNotice",
                List.of(application.getCode(), application.getUnitName(), application.getSystemName(),
                        approved ? "review.approved" : "review.rejected"),
                "/applications/" + id);
        audit.record("application.securityNotice", AUDIT_TYPE, id, null, approved ? "APPROVED" : "REJECTED");
    }

    /** Art. 9(三)(四): the DEC tells the vendor to connect with the unit. */
    void noticeVendor(Long id) {
        Application application = load(id);
        notices.send(Role.VENDOR_OPERATOR.name(), "notice.application.vendorStart",
                List.of(application.getCode(), application.getUnitName(), application.getSystemName()),
                "/applications/" + id);
        audit.record("application.vendorNotice", AUDIT_TYPE, id, null, application.getStatus().name());
    }

    /** Art. 9(四): within 5 working days the vendor connects, plans the migration and opens test resources (10 days). */
    ApplicationDetails kickoff(Actor actor, Long id, KickoffInput input, int testDays) {
        Application application = actionable(actor, id, "vendorKickoff");
        LocalDate today = workflow.today();
        if (input.testStart().isBefore(today)) {
            throw BusinessRuleException.invalid("application.error.testStartPast");
        }
        if (input.kickoffOn().isAfter(today)) {
            throw BusinessRuleException.invalid("application.error.kickoffFuture");
        }
        LocalDate productionStart = input.testStart().plusDays(testDays);
        application.kickedOff(input.kickoffOn(), input.migrationPlan(), input.testStart(), productionStart);
        List<ServiceLine> lines = application.getLines().stream()
                .map(line -> new ServiceLine(line.getProductId(), line.getProductName(), line.spec(), line.getQuantity(),
                        line.getMonthlyFeeEstimate()))
                .toList();
        subscriptions.openForTest(id, application.getUnitId(), application.getUnitName(), application.getZone(), lines,
                input.testStart(), productionStart.minusDays(1));
        // vetoes of the go-live (e.g. IDC hosting without a custody agreement, Art. 20) are told to the vendor now,
        // not discovered by the timer at the end of the test
        subscriptions.checkGoLive(id, productionStart);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.PRODUCTION_STARTS_AT,
                Date.from(productionStart.atStartOfDay(WorkingDayCalendar.ZONE).toInstant()));
        variables.put(ProcessVariables.PRODUCTION_START_DATE, productionStart.toString());
        workflow.complete(subjectKey(id), "vendorKickoff", actor, variables, "DONE", input.migrationPlan());
        tellUnit(application, "notice.application.testOpened", input.testStart() + " ~ " + productionStart.minusDays(1));
        audit.record("application.kickoff", AUDIT_TYPE, id, ApplicationStatus.VENDOR_KICKOFF.name(),
                "TESTING " + input.testStart() + ".." + productionStart.minusDays(1));
        return details(actor, id);
    }

    /** Art. 9(五): when the test ends the test environment becomes production and billing starts. */
    void goLive(Long id, LocalDate productionStart) {
        Application application = load(id);
        application.moveTo(ApplicationStatus.IN_SERVICE);
        subscriptions.goLive(id, productionStart);
        tellUnit(application, "notice.application.live", productionStart.toString());
        audit.record("application.goLive", AUDIT_TYPE, id, ApplicationStatus.TESTING.name(),
                "IN_SERVICE billingStart=" + productionStart);
    }

    /** Art. 9(五): the unit confirms the go-live. */
    ApplicationDetails confirm(Actor actor, Long id, Decision decision) {
        Application application = actionable(actor, id, "unitConfirmation");
        application.moveTo(ApplicationStatus.CONFIRMED);
        subscriptions.confirmGoLive(id);
        workflow.complete(subjectKey(id), "unitConfirmation", actor, Map.of(), "CONFIRMED", decision.comment());
        audit.record("application.confirm", AUDIT_TYPE, id, ApplicationStatus.IN_SERVICE.name(),
                ApplicationStatus.CONFIRMED.name());
        return details(actor, id);
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    ApplicationDetails details(Actor actor, Long id) {
        Application a = load(id);
        organization.requireVisible(actor, a.getUnitId());
        ApplicationDetails.AttachmentInfo sizingPlan = null;
        if (a.getSizingPlanAttachmentId() != null) {
            Attachment attachment = attachments.load(a.getSizingPlanAttachmentId());
            sizingPlan = new ApplicationDetails.AttachmentInfo(attachment.getId(), attachment.getFileName(),
                    attachment.getSize(), attachment.getSha256());
        }
        List<ApplicationDetails.Line> lines = a.getLines().stream()
                .map(l -> new ApplicationDetails.Line(l.getId(), l.getProductId(), l.getProductName(), l.spec().values(),
                        l.getQuantity(), l.getMonthlyFeeEstimate()))
                .toList();
        List<ApplicationDetails.Opinion> reviewOpinions = opinions.findBySubjectKeyOrderByIdAsc(subjectKey(id)).stream()
                .map(o -> new ApplicationDetails.Opinion(o.getParty(), o.isApproved(), o.getNecessity(),
                        o.getFeasibility(), o.getSecurity(), o.getSharingScope(), o.getProductsAndCost(),
                        o.getThirdPartyEvaluation(), o.getComment(), o.getReviewer(), o.getReviewedAt()))
                .toList();
        return new ApplicationDetails(a.getId(), a.getCode(), a.getKind(), a.getCampaignId(), a.getUnitId(),
                a.getUnitName(), a.getSystemName(), a.getSystemBasics(), a.getNetworkArchitecture(), a.getFundSource(),
                a.getFunctionalIndicators(), a.getInformationVolumeIndicators(), a.getPerformanceIndicators(),
                a.getZone(), a.isFundingSecured(), a.isNoClassifiedDeclaration(), sizingPlan, a.getStatus(),
                a.getPriority(), a.getEstimatedMonthlyFee(), a.getCreatedBy(), a.getCreatedAt(), a.getSubmittedAt(),
                a.getKickoffOn(), a.getMigrationPlan(), a.getTestStart(), a.getProductionStart(), lines,
                steps.timeline(subjectKey(id)), reviewOpinions, subscriptions.forApplication(id), a.getVersion());
    }

    @Transactional(readOnly = true)
    Page<ApplicationSummary> search(Actor actor, ApplicationStatus status, ApplicationKind kind, String text,
                                    Long campaignId, Pageable pageable) {
        DataScope scope = organization.scopeOf(actor);
        Specification<Application> spec = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.all()) {
                predicates.add(root.get("unitId").in(scope.unitIds()));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (kind != null) {
                predicates.add(cb.equal(root.get("kind"), kind));
            }
            if (campaignId != null) {
                predicates.add(cb.equal(root.get("campaignId"), campaignId));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.trim() + "%";
                predicates.add(cb.or(cb.like(root.get("code"), like), cb.like(root.get("systemName"), like),
                        cb.like(root.get("unitName"), like)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return applications.findAll(spec, pageable).map(ApplicationSummary::of);
    }

    @Transactional(readOnly = true)
    Attachment sizingPlan(Actor actor, Long id) {
        Application application = load(id);
        organization.requireVisible(actor, application.getUnitId());
        if (application.getSizingPlanAttachmentId() == null) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return attachments.load(application.getSizingPlanAttachmentId());
    }

    LocalDate today() {
        return workflow.today();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static String subjectKey(Long id) {
        return "APP-" + id;
    }

    private Map<String, Object> subjectVariables(Application application) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.SUBJECT_KEY, subjectKey(application.getId()));
        variables.put(ProcessVariables.SUBJECT_ID, application.getId());
        variables.put(ProcessVariables.SUBJECT_CODE, application.getCode());
        variables.put(ProcessVariables.SUBJECT_TITLE, application.getSystemName());
        variables.put(ProcessVariables.UNIT_ID, application.getUnitId());
        variables.put(ProcessVariables.UNIT_NAME, application.getUnitName());
        return variables;
    }

    private void fill(Application application, ApplicationDraft draft) {
        if (draft.kind() == ApplicationKind.CENTRALIZED) {
            if (draft.campaignId() == null) {
                throw BusinessRuleException.invalid("application.error.campaignRequired");
            }
            openCampaign(draft.campaignId());
        }
        LocalDate today = workflow.today();
        List<ApplicationLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (LineInput input : draft.lines()) {
            ProductView product = catalog.product(input.productId());
            if (!product.active()) {
                throw BusinessRuleException.invalid("application.error.productInactive", product.name());
            }
            SpecValues spec = RequestedSpec.of(product, input.vcpu(), input.memoryGb(), input.diskGb(),
                    input.bandwidthMbps());
            BigDecimal fee = catalog.monthlyFee(product.id(), spec, input.quantity(), today);
            lines.add(new ApplicationLine(product.id(), product.name(), spec, input.quantity(), fee));
            total = total.add(fee);
        }
        application.describe(draft.systemName(), draft.systemBasics(), draft.networkArchitecture(), draft.fundSource(),
                draft.functionalIndicators(), draft.informationVolumeIndicators(), draft.performanceIndicators(),
                draft.zone(), draft.fundingSecured(), draft.noClassifiedDeclaration());
        application.replaceLines(lines, total);
    }


    private Campaign openCampaign(Long campaignId) {
        Campaign campaign = campaigns.findById(campaignId)
                .orElseThrow(() -> BusinessRuleException.invalid("application.error.campaignRequired"));
        if (!campaign.acceptsApplicationsOn(workflow.today())) {
            throw BusinessRuleException.conflict("campaign.error.notOpen", campaign.getTitle());
        }
        return campaign;
    }

    private Application ownDraft(Actor actor, Long id) {
        Application application = load(id);
        organization.requireVisible(actor, application.getUnitId());
        requireRole(actor, Role.UNIT_APPLICANT);
        if (!application.getUnitId().equals(actor.unitId())) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        application.requireDraft();
        return application;
    }

    /**
     * An application for a workflow action: an actor outside the unit's scope gets no further than the step's
     * candidate check, so that another unit learns neither the application's number nor its status (IDOR).
     */
    /**
     * The application, if the actor sees its unit or is a candidate of the step's open task (a government or an
     * aggregator above the unit). Anybody else gets 404 before any state check: another unit learns neither that the
     * application exists nor whether the step is open.
     */
    private Application actionable(Actor actor, Long id, String stepKey) {
        Application application = load(id);
        try {
            organization.requireVisible(actor, application.getUnitId());
        } catch (BusinessRuleException outsideScope) {
            try {
                workflow.requireCandidate(subjectKey(id), stepKey, actor);
            } catch (BusinessRuleException notCandidate) {
                throw outsideScope;
            }
        }
        return application;
    }

    Application load(Long id) {
        return applications.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private static ReviewOpinion.Party reviewParty(Actor actor) {
        if (actor.has(Role.DEC_REVIEWER)) {
            return ReviewOpinion.Party.DEC;
        }
        if (actor.has(Role.FINANCE)) {
            return ReviewOpinion.Party.FINANCE;
        }
        throw BusinessRuleException.forbidden("error.step.notCandidate");
    }

    private static void requireRole(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static void requireReason(Decision decision) {
        if (!decision.approved() && (decision.comment() == null || decision.comment().isBlank())) {
            throw BusinessRuleException.invalid("error.reasonRequired");
        }
    }

    private static String outcome(Decision decision) {
        return decision.approved() ? "APPROVED" : "REJECTED";
    }

    private void tellUnit(Application application, String key, String detail) {
        notices.send(Actor.groupOf(Role.UNIT_APPLICANT, application.getUnitId()), key,
                List.of(application.getCode(), application.getSystemName(), detail == null ? "" : detail),
                "/applications/" + application.getId());
        notices.send(Actor.groupOf(Role.UNIT_LEADER, application.getUnitId()), key,
                List.of(application.getCode(), application.getSystemName(), detail == null ? "" : detail),
                "/applications/" + application.getId());
    }

    private static String summary(Application a) {
        return "code=%s, kind=%s, system=%s, zone=%s, lines=%d, fee=%s, status=%s".formatted(a.getCode(), a.getKind(),
                a.getSystemName(), a.getZone(), a.getLines().size(), a.getEstimatedMonthlyFee(), a.getStatus());
    }
}
