package cn.gov.dehong.cloud.application.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.application.ApplicationStatus;
import cn.gov.dehong.cloud.application.internal.workflow.ProcessVariables;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 9(一)1 and 9(三): the DEC opens the yearly centralized campaign, ranks the approved applications into the
 * usage plan (云服务使用计划) and submits it; the prefecture government approves it, which lets the vendor start.
 */
@Service
@Transactional
class CampaignService {

    static final String PLAN_PROCESS_KEY = "usagePlanApproval";

    private final CampaignRepository campaigns;
    private final UsagePlanRepository plans;
    private final ApplicationRepository applications;
    private final WorkflowSteps workflow;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, UsagePlanRepository plans, ApplicationRepository applications,
                    WorkflowSteps workflow, OrganizationDirectory organization, AuditLog audit, Clock clock) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.applications = applications;
        this.workflow = workflow;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    record CampaignInput(int budgetYear, String title, LocalDate opensOn, LocalDate closesOn) {
    }

    record CampaignView(Long id, int budgetYear, String title, LocalDate opensOn, LocalDate closesOn, boolean closed,
                        boolean open, long applications) {
    }

    record PlanView(Long id, Long campaignId, String title, String status, String submittedBy,
                    java.time.Instant submittedAt, String decidedBy, java.time.Instant decidedAt, String decisionComment,
                    List<ApplicationSummary> applications) {
    }

    CampaignView open(Actor actor, CampaignInput input) {
        requireDec(actor);
        if (input.title() == null || input.title().isBlank() || input.opensOn() == null || input.closesOn() == null) {
            throw BusinessRuleException.invalid("error.validation");
        }
        if (input.closesOn().isBefore(input.opensOn())) {
            throw BusinessRuleException.invalid("campaign.error.dates");
        }
        if (input.closesOn().isBefore(workflow.today())) {
            throw BusinessRuleException.invalid("campaign.error.closesInPast");
        }
        if (campaigns.existsByBudgetYear(input.budgetYear())) {
            throw BusinessRuleException.conflict("campaign.error.duplicateYear", input.budgetYear());
        }
        Campaign campaign = campaigns.save(new Campaign(input.budgetYear(), input.title().trim(), input.opensOn(),
                input.closesOn(), actor.username(), clock.instant()));
        audit.record("campaign.open", "Campaign", campaign.getId(), null, input.toString());
        return view(campaign);
    }

    CampaignView close(Actor actor, Long id) {
        requireDec(actor);
        Campaign campaign = load(id);
        campaign.close();
        audit.record("campaign.close", "Campaign", id, "open", "closed");
        return view(campaign);
    }

    @Transactional(readOnly = true)
    List<CampaignView> campaigns() {
        return campaigns.findAllByOrderByBudgetYearDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    CampaignView campaign(Long id) {
        return view(load(id));
    }

    /** Approved centralized applications of the campaign not yet in a submitted plan. */
    @Transactional(readOnly = true)
    List<ApplicationSummary> planCandidates(Long campaignId) {
        load(campaignId);
        return applications.findByCampaignIdAndStatusAndUsagePlanIdIsNullOrderByIdAsc(campaignId,
                ApplicationStatus.PLANNING).stream().map(ApplicationSummary::of).toList();
    }

    /**
     * The DEC submits the candidates ranked by priority ("根据轻重缓急"): {@code ranking} lists every candidate once,
     * most urgent first.
     */
    PlanView submitPlan(Actor actor, Long campaignId, List<Long> ranking) {
        requireDec(actor);
        Campaign campaign = load(campaignId);
        List<Application> candidates = applications.findByCampaignIdAndStatusAndUsagePlanIdIsNullOrderByIdAsc(
                campaignId, ApplicationStatus.PLANNING);
        if (candidates.isEmpty()) {
            throw BusinessRuleException.invalid("plan.error.empty");
        }
        var candidateIds = candidates.stream().map(Application::getId).toList();
        if (ranking == null || ranking.size() != candidateIds.size() || !new HashSet<>(ranking).containsAll(candidateIds)) {
            throw BusinessRuleException.invalid("plan.error.ranking");
        }
        long number = plans.findByCampaignIdOrderByIdDesc(campaignId).size() + 1;
        UsagePlan plan = plans.saveAndFlush(new UsagePlan(campaignId,
                campaign.getTitle() + " · 使用计划 " + number, actor.username(), clock.instant()));
        for (int i = 0; i < ranking.size(); i++) {
            Long applicationId = ranking.get(i);
            candidates.stream().filter(a -> a.getId().equals(applicationId)).findFirst().orElseThrow()
                    .plan(plan.getId(), i + 1);
        }
        Long prefecture = prefecture();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.SUBJECT_KEY, subjectKey(plan.getId()));
        variables.put(ProcessVariables.SUBJECT_ID, plan.getId());
        variables.put(ProcessVariables.SUBJECT_CODE, "PLAN-" + plan.getId());
        variables.put(ProcessVariables.SUBJECT_TITLE, plan.getTitle());
        variables.put(ProcessVariables.UNIT_ID, prefecture);
        variables.put(ProcessVariables.UNIT_NAME, organization.unit(prefecture).name());
        variables.put(ProcessVariables.GOVERNMENT_GROUP, Actor.groupOf(Role.GOV_APPROVER, prefecture));
        workflow.start(PLAN_PROCESS_KEY, subjectKey(plan.getId()), variables);
        audit.record("plan.submit", "UsagePlan", plan.getId(), null, "ranking=" + ranking);
        return plan(plan.getId());
    }

    /** The government approves the plan (each application's process continues to the vendor) or returns it. */
    PlanView decidePlan(Actor actor, Long planId, Decision decision) {
        UsagePlan plan = plans.findById(planId).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        requirePlanReader(actor);
        if (!actor.has(Role.GOV_APPROVER)) {
            throw BusinessRuleException.forbidden("error.step.notCandidate");
        }
        ApplicationService.requireReason(decision);
        plan.decide(decision.approved(), actor.username(), clock.instant(), decision.comment());
        workflow.complete(subjectKey(planId), "planApproval", actor,
                Map.of(ProcessVariables.APPROVED, decision.approved()), decision.approved() ? "APPROVED" : "RETURNED",
                decision.comment());
        for (Application application : applications.findByUsagePlanIdOrderByPriorityAsc(planId)) {
            if (decision.approved()) {
                application.moveTo(ApplicationStatus.VENDOR_KICKOFF);
                applications.flush();
                workflow.deliver(ApplicationService.subjectKey(application.getId()),
                        ProcessVariables.MESSAGE_USAGE_PLAN_APPROVED);
            } else {
                application.unplan();
            }
        }
        audit.record("plan.decide", "UsagePlan", planId, "SUBMITTED", plan.getStatus().name());
        return plan(planId);
    }

    /**
     * Usage plans list many units' applications of the whole prefecture: the DEC, finance, auditors and the prefecture
     * government that approves them read them; units and county governments do not (404).
     */
    void requirePlanReader(Actor actor) {
        if (!isPlanReader(actor)) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
    }

    boolean isPlanReader(Actor actor) {
        return actor.seesEverything() || (actor.has(Role.GOV_APPROVER) && prefecture().equals(actor.unitId()));
    }

    private Long prefecture() {
        return organization.units().stream().filter(u -> u.kind() == UnitKind.PREFECTURE).findFirst().orElseThrow().id();
    }

    @Transactional(readOnly = true)
    PlanView plan(Long planId) {
        UsagePlan plan = plans.findById(planId).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        return toView(plan);
    }

    @Transactional(readOnly = true)
    List<PlanView> plans(Long campaignId) {
        return plans.findByCampaignIdOrderByIdDesc(campaignId).stream().map(this::toView).toList();
    }

    private PlanView toView(UsagePlan plan) {
        return new PlanView(plan.getId(), plan.getCampaignId(), plan.getTitle(), plan.getStatus().name(),
                plan.getSubmittedBy(), plan.getSubmittedAt(), plan.getDecidedBy(), plan.getDecidedAt(),
                plan.getDecisionComment(), applications.findByUsagePlanIdOrderByPriorityAsc(plan.getId()).stream()
                .map(ApplicationSummary::of).toList());
    }

    static String subjectKey(Long planId) {
        return "PLAN-" + planId;
    }

    private CampaignView view(Campaign c) {
        return new CampaignView(c.getId(), c.getBudgetYear(), c.getTitle(), c.getOpensOn(), c.getClosesOn(),
                c.isClosed(), c.acceptsApplicationsOn(workflow.today()), applications.countByCampaignId(c.getId()));
    }

    private Campaign load(Long id) {
        return campaigns.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private static void requireDec(Actor actor) {
        if (!actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }
}
