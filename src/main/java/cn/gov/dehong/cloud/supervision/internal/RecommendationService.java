package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.application.ServiceRequestManagement;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.supervision.RecommendationAccepted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DEC recommends to a unit to downsize or terminate an idle or over-provisioned instance; the unit answers once:
 * accepting opens the change or termination request (Art. 9(六), 9(七)) in the same transaction, declining needs a
 * reason.
 */
@Service
@Transactional
class RecommendationService {

    static final String AUDIT_TYPE = "Recommendation";

    private final RecommendationRepository recommendations;
    private final SupervisionReports reports;
    private final SubscriptionManagement subscriptions;
    private final ServiceRequestManagement requests;
    private final OrganizationDirectory organization;
    private final Notices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecommendationService(RecommendationRepository recommendations, SupervisionReports reports,
                          SubscriptionManagement subscriptions, ServiceRequestManagement requests,
                          OrganizationDirectory organization, Notices notices, AuditLog audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.recommendations = recommendations;
        this.reports = reports;
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.organization = organization;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    record SendInput(Long instanceId, Recommendation.Kind kind, String message, String from, String to) {
    }

    /**
     * The unit's answer. Accept a downsize: the new size (vcpu, memoryGb, diskGb, bandwidthMbps, quantity); accept a
     * termination: requestedEndDate and dataBackupConfirmed; decline: reason. {@code reason} on accept is optional.
     */
    record AnswerInput(Boolean accept, String reason, Integer vcpu, Integer memoryGb, Integer diskGb,
                       Integer bandwidthMbps, Integer quantity, LocalDate requestedEndDate,
                       Boolean dataBackupConfirmed) {
    }

    record RecommendationView(Long id, Long instanceId, String instanceCode, Long unitId, String unitName,
                              Recommendation.Kind kind, SupervisionRules.Efficiency efficiency, String findingNote,
                              String message, BigDecimal feeAtStake, Recommendation.Status status, String sentBy,
                              Instant sentAt, String answeredBy, Instant answeredAt, String declineReason,
                              Long requestId, String requestCode, long version) {
    }

    RecommendationView send(Actor actor, SendInput input) {
        SupervisionAccess.requireDec(actor);
        if (input.instanceId() == null || input.kind() == null) {
            throw BusinessRuleException.invalid("supervision.recommendation.error.required");
        }
        String message = SupervisionAccess.text(input.message(), 2000, "supervision.recommendation.error.message");
        ServiceInstanceView instance = subscriptions.instance(input.instanceId());
        if (instance == null) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        if (instance.status() != ServiceInstanceStatus.ACTIVE) {
            throw BusinessRuleException.conflict("supervision.recommendation.error.notActive", instance.code());
        }
        if (recommendations.existsByInstanceIdAndStatus(instance.id(), Recommendation.Status.SENT)) {
            throw BusinessRuleException.conflict("supervision.recommendation.error.open", instance.code());
        }
        SupervisionReports.Period period = reports.period(input.from(), input.to());
        SupervisionReport.Candidate candidate = reports.candidates(period, Set.of(instance.unitId())).stream()
                .filter(c -> c.instanceId().equals(instance.id())).findFirst().orElse(null);
        String note = candidate == null ? null : "%s..%s %s: CPU p95 %.1f%%, MEM p95 %.1f%%, DISK p95 %.1f%%, %d/%d"
                .formatted(period.from(), period.to(), candidate.efficiency(), candidate.cpuP95() * 100,
                        candidate.memoryP95() * 100, candidate.diskP95() * 100, candidate.belowDays(),
                        candidate.days());
        BigDecimal fee = candidate == null ? instance.monthlyFeeEstimate() : candidate.monthlyFee();
        Recommendation saved = recommendations.saveAndFlush(new Recommendation(instance.id(), instance.code(),
                instance.unitId(), instance.unitName(), input.kind(),
                candidate == null ? null : candidate.efficiency(), note, message, fee, actor.username(),
                clock.instant()));
        audit.record("supervision.recommendation.send", AUDIT_TYPE, saved.getId(), null, saved.describe());
        List<String> args = List.of(instance.code(), input.kind().name());
        String link = "/supervision/recommendations/" + saved.getId();
        notices.send(Actor.groupOf(Role.UNIT_APPLICANT, instance.unitId()), "supervision.notice.recommendation",
                args, link);
        notices.send(Actor.groupOf(Role.UNIT_LEADER, instance.unitId()), "supervision.notice.recommendation",
                args, link);
        return view(saved);
    }

    RecommendationView answer(Actor actor, Long id, AnswerInput input) {
        Recommendation r = recommendations.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        Set<Long> readable = reports.readableUnits(actor);
        if (readable != null && !readable.contains(r.getUnitId())) {
            // a unit outside the recommendation's scope is not told that it exists
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        if (!SupervisionAccess.isUnitMember(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (!r.getUnitId().equals(actor.unitId())) {
            throw BusinessRuleException.forbidden("supervision.recommendation.error.otherUnit");
        }
        if (r.getStatus() != Recommendation.Status.SENT) {
            throw BusinessRuleException.conflict("supervision.recommendation.error.answered", r.getStatus());
        }
        if (input.accept() == null) {
            throw BusinessRuleException.invalid("supervision.recommendation.error.decision");
        }
        String before = r.describe();
        if (input.accept()) {
            String reason = input.reason() == null || input.reason().isBlank()
                    ? "监督建议 #" + r.getId() + ": " + r.getMessage() : input.reason();
            if (reason.length() > 2000) {
                reason = reason.substring(0, 2000);
            }
            ServiceRequestManagement.RequestRef request;
            if (r.getKind() == Recommendation.Kind.DOWNSIZE) {
                request = requests.requestChange(actor, r.getInstanceId(), orZero(input.vcpu()),
                        orZero(input.memoryGb()), orZero(input.diskGb()), orZero(input.bandwidthMbps()),
                        input.quantity() == null ? 1 : input.quantity(), reason);
            } else {
                request = requests.requestTermination(actor, r.getInstanceId(), reason,
                        Boolean.TRUE.equals(input.dataBackupConfirmed()), input.requestedEndDate());
            }
            r.accept(actor.username(), clock.instant(), request.id(), request.code());
            recommendations.saveAndFlush(r);
            audit.record("supervision.recommendation.accept", AUDIT_TYPE, r.getId(), before, r.describe());
            events.publishEvent(new RecommendationAccepted(r.getId(), r.getInstanceId(), r.getUnitId(),
                    r.getKind().name(), request.id(), request.code()));
        } else {
            String reason = SupervisionAccess.text(input.reason(), 2000,
                    "supervision.recommendation.error.declineReason");
            r.decline(actor.username(), clock.instant(), reason);
            recommendations.saveAndFlush(r);
            audit.record("supervision.recommendation.decline", AUDIT_TYPE, r.getId(), before, r.describe());
        }
        notices.send(r.getSentBy() == null ? Role.DEC_REVIEWER.name() : Actor.personal(r.getSentBy()),
                "supervision.notice.answered", List.of(r.getInstanceCode(), r.getUnitName(), r.getStatus().name()),
                "/supervision/recommendations/" + r.getId());
        return view(r);
    }

    @Transactional(readOnly = true)
    RecommendationView details(Actor actor, Long id) {
        Recommendation r = recommendations.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        Set<Long> readable = reports.readableUnits(actor);
        if (readable != null && !readable.contains(r.getUnitId())) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return view(r);
    }

    @Transactional(readOnly = true)
    Page<RecommendationView> list(Actor actor, Pageable pageable) {
        Set<Long> readable = reports.readableUnits(actor);
        Page<Recommendation> page = readable == null ? recommendations.findAllByOrderBySentAtDescIdDesc(pageable)
                : recommendations.findByUnitIdInOrderBySentAtDescIdDesc(readable.isEmpty() ? Set.of(-1L) : readable,
                        pageable);
        return page.map(RecommendationService::view);
    }

    @Transactional(readOnly = true)
    long openFor(Actor actor) {
        return actor.unitId() == null ? 0 : recommendations.countByUnitIdAndStatus(actor.unitId(),
                Recommendation.Status.SENT);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    static RecommendationView view(Recommendation r) {
        return new RecommendationView(r.getId(), r.getInstanceId(), r.getInstanceCode(), r.getUnitId(),
                r.getUnitName(), r.getKind(), r.getEfficiency(), r.getFindingNote(), r.getMessage(),
                r.getFeeAtStake(), r.getStatus(), r.getSentBy(), r.getSentAt(), r.getAnsweredBy(), r.getAnsweredAt(),
                r.getDeclineReason(), r.getRequestId(), r.getRequestCode(), r.getVersion());
    }

}
