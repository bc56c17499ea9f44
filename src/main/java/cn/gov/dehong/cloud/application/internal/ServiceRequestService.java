package cn.gov.dehong.cloud.application.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.application.ApplicationEvents.ChangeApproved;
import cn.gov.dehong.cloud.application.ApplicationEvents;
import cn.gov.dehong.cloud.application.ApplicationEvents.TerminationApproved;
import cn.gov.dehong.cloud.application.RequestStatus;
import cn.gov.dehong.cloud.application.internal.workflow.ProcessVariables;
import cn.gov.dehong.cloud.audit.AuditLog;
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
import cn.gov.dehong.cloud.subscription.MonthsOfUse;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 9(六) change and Art. 9(七) termination of a running service: the unit asks, the DEC (with finance for a
 * change) reviews within 5 working days, the vendor applies within 5 working days.
 */
@Service
@Transactional
class ServiceRequestService {

    static final String CHANGE_PROCESS_KEY = "serviceChange";
    static final String TERMINATION_PROCESS_KEY = "serviceTermination";
    private static final String AUDIT_TYPE = "ServiceRequest";
    private static final EnumSet<RequestStatus> OPEN = EnumSet.of(RequestStatus.REVIEW, RequestStatus.VENDOR);

    private final ServiceRequestRepository requests;
    private final ReviewOpinionRepository opinions;
    private final WorkflowSteps workflow;
    private final StepService steps;
    private final OrganizationDirectory organization;
    private final CatalogManagement catalog;
    private final SubscriptionManagement subscriptions;
    private final Notices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceRequestService(ServiceRequestRepository requests, ReviewOpinionRepository opinions, WorkflowSteps workflow,
                          StepService steps, OrganizationDirectory organization, CatalogManagement catalog,
                          SubscriptionManagement subscriptions, Notices notices, AuditLog audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.opinions = opinions;
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

    // ---- change (Art. 9(六)) -----------------------------------------------------------------------------------

    ServiceRequestView requestChange(Actor actor, Long instanceId, ChangeInput input) {
        ServiceInstanceView instance = ownRunningInstance(actor, instanceId);
        ProductView product = catalog.product(instance.productId());
        SpecValues spec = RequestedSpec.of(product, input.vcpu(), input.memoryGb(), input.diskGb(),
                input.bandwidthMbps());
        if (spec.equals(instance.spec()) && input.quantity() == instance.quantity()) {
            throw BusinessRuleException.invalid("request.error.noChange");
        }
        LocalDate today = workflow.today();
        BigDecimal oldFee = catalog.monthlyFee(product.id(), instance.spec(), instance.quantity(), today);
        BigDecimal newFee = catalog.monthlyFee(product.id(), spec, input.quantity(), today);
        ServiceRequest request = requests.saveAndFlush(ServiceRequest.change("TMP-" + java.util.UUID.randomUUID(),
                instanceId, instance.code(), instance.unitId(), instance.unitName(), input.reason(),
                spec.get(SpecParameter.VCPU), spec.get(SpecParameter.MEMORY_GB), spec.get(SpecParameter.DISK_GB),
                spec.get(SpecParameter.BANDWIDTH_MBPS), input.quantity(), oldFee, newFee, actor.username(),
                clock.instant()));
        request.assignCode("BG-%d-%05d".formatted(today.getYear(), request.getId()));
        request.started(workflow.start(CHANGE_PROCESS_KEY, subjectKey(request.getId()), variables(request)));
        audit.record("change.request", AUDIT_TYPE, request.getId(), null,
                "instance=%s, fee %s → %s".formatted(instance.code(), oldFee, newFee));
        return view(actor, request.getId());
    }

    /** One signature of the change review (DEC or finance). */
    ServiceRequestView reviewChange(Actor actor, Long id, Decision decision) {
        ServiceRequest request = actionable(actor, id, ServiceRequest.Type.CHANGE, Role.DEC_REVIEWER, Role.FINANCE);
        ApplicationService.requireReason(decision);
        if (request.getStatus() != RequestStatus.REVIEW) {
            throw BusinessRuleException.conflict("error.step.notOpen");
        }
        ReviewOpinion.Party party = actor.has(Role.DEC_REVIEWER) ? ReviewOpinion.Party.DEC
                : actor.has(Role.FINANCE) ? ReviewOpinion.Party.FINANCE : null;
        if (party == null) {
            throw BusinessRuleException.forbidden("error.step.notCandidate");
        }
        opinions.save(new ReviewOpinion(subjectKey(id), party, decision.approved(), null, null, null, null, null, null,
                decision.comment(), actor.username(), clock.instant()));
        workflow.complete(subjectKey(id), party == ReviewOpinion.Party.DEC ? "changeDecReview" : "changeFinanceReview",
                actor, Map.of(party == ReviewOpinion.Party.DEC ? ProcessVariables.DEC_APPROVED
                        : ProcessVariables.FINANCE_APPROVED, decision.approved()),
                decision.approved() ? "APPROVED" : "REJECTED", decision.comment());
        audit.record("change.review." + party.name().toLowerCase(), AUDIT_TYPE, id, null,
                decision.approved() ? "APPROVED" : "REJECTED");
        return view(actor, id);
    }

    /** Called by the process when both signatures are in. */
    void changeReviewConcluded(Long id, boolean approved) {
        ServiceRequest request = load(id, ServiceRequest.Type.CHANGE);
        if (approved) {
            request.moveTo(RequestStatus.VENDOR);
            subscriptions.startChange(request.getInstanceId(), workflow.today(), request.getCode());
            events.publishEvent(new ChangeApproved(id, request.getInstanceId(), request.getUnitId(),
                    request.monthlyFeeDelta()));
            notices.send(Role.VENDOR_OPERATOR.name(), "notice.change.vendorStart",
                    List.of(request.getCode(), request.getUnitName(), request.getInstanceCode()), "/requests/" + id);
        } else {
            request.moveTo(RequestStatus.REJECTED);
        }
        tellUnit(request, approved ? "notice.request.approved" : "notice.request.rejected");
        audit.record("change.concluded", AUDIT_TYPE, id, RequestStatus.REVIEW.name(), request.getStatus().name());
    }

    /** The vendor applied the change; the result is copied to the DEC and the finance bureau. */
    ServiceRequestView completeChange(Actor actor, Long id, LocalDate appliedOn) {
        ServiceRequest request = actionable(actor, id, ServiceRequest.Type.CHANGE, Role.VENDOR_OPERATOR);
        if (appliedOn == null || appliedOn.isAfter(workflow.today())) {
            throw BusinessRuleException.invalid("request.error.appliedOnFuture");
        }
        request.changeApplied(appliedOn);
        SpecValues newSpec = SpecValues.of(request.getNewVcpu(), request.getNewMemoryGb(), request.getNewDiskGb(),
                request.getNewBandwidthMbps());
        subscriptions.completeChange(request.getInstanceId(), newSpec, request.getNewQuantity(),
                request.getNewMonthlyFee(), appliedOn);
        workflow.complete(subjectKey(id), "vendorChange", actor, Map.of(), "DONE", null);
        List<String> arguments = List.of(request.getCode(), request.getUnitName(), request.getInstanceCode(),
                request.getFeeDirection().name(), request.monthlyFeeDelta().abs().toPlainString());
        notices.send(Role.DEC_REVIEWER.name(), "notice.change.result", arguments, "/requests/" + id);
        notices.send(Role.FINANCE.name(), "notice.change.result", arguments, "/requests/" + id);
        tellUnit(request, "notice.request.completed");
        audit.record("change.complete", AUDIT_TYPE, id, RequestStatus.VENDOR.name(), "COMPLETED on " + appliedOn);
        return view(actor, id);
    }

    // ---- termination (Art. 9(七), 23) ----------------------------------------------------------------------------

    ServiceRequestView requestTermination(Actor actor, Long instanceId, TerminationInput input) {
        ServiceInstanceView instance = ownRunningInstance(actor, instanceId);
        if (!input.dataBackupConfirmed()) {
            throw BusinessRuleException.invalid("request.error.backupNotConfirmed");
        }
        if (input.requestedEndDate().isBefore(workflow.today())) {
            throw BusinessRuleException.invalid("request.error.endDatePast");
        }
        ServiceRequest request = requests.saveAndFlush(ServiceRequest.termination("TMP-" + java.util.UUID.randomUUID(),
                instanceId, instance.code(), instance.unitId(), instance.unitName(), input.reason(), true,
                input.requestedEndDate(), actor.username(), clock.instant()));
        request.assignCode("ZZ-%d-%05d".formatted(workflow.today().getYear(), request.getId()));
        request.started(workflow.start(TERMINATION_PROCESS_KEY, subjectKey(request.getId()), variables(request)));
        audit.record("termination.request", AUDIT_TYPE, request.getId(), null,
                "instance=%s, end=%s".formatted(instance.code(), input.requestedEndDate()));
        return view(actor, request.getId());
    }

    ServiceRequestView reviewTermination(Actor actor, Long id, Decision decision) {
        ServiceRequest request = actionable(actor, id, ServiceRequest.Type.TERMINATION, Role.DEC_REVIEWER);
        ApplicationService.requireReason(decision);
        request.moveTo(decision.approved() ? RequestStatus.VENDOR : RequestStatus.REJECTED);
        opinions.save(new ReviewOpinion(subjectKey(id), ReviewOpinion.Party.DEC, decision.approved(), null, null, null,
                null, null, null, decision.comment(), actor.username(), clock.instant()));
        workflow.complete(subjectKey(id), "terminationReview", actor,
                Map.of(ProcessVariables.APPROVED, decision.approved()), decision.approved() ? "APPROVED" : "REJECTED",
                decision.comment());
        if (decision.approved()) {
            events.publishEvent(new TerminationApproved(id, request.getInstanceId(), request.getUnitId(),
                    request.getRequestedEndDate()));
            notices.send(Role.VENDOR_OPERATOR.name(), "notice.termination.vendorStart",
                    List.of(request.getCode(), request.getUnitName(), request.getInstanceCode()), "/requests/" + id);
        }
        tellUnit(request, decision.approved() ? "notice.request.approved" : "notice.request.rejected");
        audit.record("termination.review", AUDIT_TYPE, id, RequestStatus.REVIEW.name(), request.getStatus().name());
        return view(actor, id);
    }

    /** The vendor ends the service and records the data handover and purge (Art. 23). */
    ServiceRequestView decommission(Actor actor, Long id, DecommissionInput input) {
        ServiceRequest request = actionable(actor, id, ServiceRequest.Type.TERMINATION, Role.VENDOR_OPERATOR);
        ServiceInstanceView instance = subscriptions.instance(request.getInstanceId());
        if (input.purgedOn().isBefore(input.endDate())) {
            throw BusinessRuleException.invalid("request.error.purgeBeforeEnd");
        }
        LocalDate billingStart = instance.billingStart();
        if (billingStart != null && input.endDate().isBefore(billingStart)) {
            throw BusinessRuleException.invalid("subscription.error.endBeforeStart", instance.code());
        }
        int months = billingStart == null ? 0 : MonthsOfUse.count(billingStart, input.endDate());
        boolean firstYear = billingStart != null && MonthsOfUse.withinFirstYear(billingStart, input.endDate());
        request.terminated(input.endDate(), months, firstYear, input.dataHandover(), input.purgeMethod(),
                input.purgedOn());
        subscriptions.terminate(request.getInstanceId(), input.endDate(), request.getCode());
        workflow.complete(subjectKey(id), "vendorDecommission", actor, Map.of(), "DONE", input.dataHandover());
        events.publishEvent(new ApplicationEvents.ServiceDecommissioned(id, request.getCode(), request.getInstanceId(),
                request.getInstanceCode(), request.getUnitId(), request.getUnitName(), input.endDate(),
                input.dataHandover(), input.purgeMethod(), input.purgedOn(), actor.username()));
        tellUnit(request, "notice.request.completed");
        notices.send(Role.FINANCE.name(), "notice.termination.result",
                List.of(request.getCode(), request.getUnitName(), request.getInstanceCode(), String.valueOf(months)),
                "/requests/" + id);
        audit.record("termination.complete", AUDIT_TYPE, id, RequestStatus.VENDOR.name(),
                "end=%s, monthsOfUse=%d, withinFirstYear=%s, purge=%s".formatted(input.endDate(), months, firstYear,
                        input.purgeMethod()));
        return view(actor, id);
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    ServiceRequestView view(Actor actor, Long id) {
        ServiceRequest r = requests.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        organization.requireVisible(actor, r.getUnitId());
        List<ApplicationDetails.Opinion> reviewOpinions = opinions.findBySubjectKeyOrderByIdAsc(subjectKey(id)).stream()
                .map(o -> new ApplicationDetails.Opinion(o.getParty(), o.isApproved(), null, null, null, null, null,
                        null, o.getComment(), o.getReviewer(), o.getReviewedAt()))
                .toList();
        return new ServiceRequestView(r.getId(), r.getCode(), r.getType().name(), r.getInstanceId(), r.getInstanceCode(),
                r.getUnitId(), r.getUnitName(), r.getReason(), r.getStatus(), r.getNewVcpu(), r.getNewMemoryGb(),
                r.getNewDiskGb(), r.getNewBandwidthMbps(), r.getNewQuantity(), r.getOldMonthlyFee(),
                r.getNewMonthlyFee(), r.getType() == ServiceRequest.Type.CHANGE ? r.monthlyFeeDelta() : null,
                r.getFeeDirection() == null ? null : r.getFeeDirection().name(), r.isDataBackupConfirmed(),
                r.getRequestedEndDate(), r.getEndDate(), r.getMonthsOfUse(), r.getWithinFirstYear(),
                r.getDataHandover(), r.getPurgeMethod(), r.getPurgedOn(), r.getCompletedOn(), r.getRequestedBy(),
                r.getRequestedAt(), steps.timeline(subjectKey(id)), reviewOpinions);
    }

    private static ServiceRequest.Type requestType(String type) {
        try {
            return ServiceRequest.Type.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("error.invalidParameter", "type");
        }
    }

    @Transactional(readOnly = true)
    Page<ServiceRequestView> search(Actor actor, String type, RequestStatus status, Pageable pageable) {
        DataScope scope = organization.scopeOf(actor);
        Specification<ServiceRequest> spec = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.all()) {
                predicates.add(root.get("unitId").in(scope.unitIds()));
            }
            if (type != null && !type.isBlank()) {
                predicates.add(cb.equal(root.get("type"), requestType(type)));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return requests.findAll(spec, pageable).map(r -> view(actor, r.getId()));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static String subjectKey(Long id) {
        return "REQ-" + id;
    }

    private ServiceInstanceView ownRunningInstance(Actor actor, Long instanceId) {
        if (!actor.has(Role.UNIT_APPLICANT)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        ServiceInstanceView instance = subscriptions.instance(instanceId);
        organization.requireVisible(actor, instance.unitId());
        if (!instance.unitId().equals(actor.unitId())) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (instance.status() != ServiceInstanceStatus.ACTIVE) {
            throw BusinessRuleException.conflict("request.error.notActive", instance.code(), instance.status());
        }
        if (requests.existsByInstanceIdAndStatusIn(instanceId, OPEN)) {
            throw BusinessRuleException.conflict("request.error.alreadyOpen", instance.code());
        }
        return instance;
    }

    private Map<String, Object> variables(ServiceRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.SUBJECT_KEY, subjectKey(request.getId()));
        variables.put(ProcessVariables.SUBJECT_ID, request.getId());
        variables.put(ProcessVariables.SUBJECT_CODE, request.getCode());
        variables.put(ProcessVariables.SUBJECT_TITLE, request.getInstanceCode());
        variables.put(ProcessVariables.UNIT_ID, request.getUnitId());
        variables.put(ProcessVariables.UNIT_NAME, request.getUnitName());
        return variables;
    }



    /**
     * The request, for an actor holding one of the roles of the step (the DEC, finance, the vendor). Anybody else is
     * refused before any state check: 404 outside the request's unit (another unit learns nothing, not even that it
     * exists), 403 within it.
     */
    private ServiceRequest actionable(Actor actor, Long id, ServiceRequest.Type type, Role... roles) {
        ServiceRequest request = load(id, type);
        if (!actor.hasAny(roles)) {
            organization.requireVisible(actor, request.getUnitId());
            throw BusinessRuleException.forbidden("error.step.notCandidate");
        }
        return request;
    }

    private ServiceRequest load(Long id, ServiceRequest.Type type) {
        return requests.findById(id).filter(r -> r.getType() == type)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private void tellUnit(ServiceRequest request, String key) {
        notices.send(Actor.groupOf(Role.UNIT_APPLICANT, request.getUnitId()), key,
                List.of(request.getCode(), request.getInstanceCode()), "/requests/" + request.getId());
    }
}
