package cn.gov.dehong.cloud.security.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.application.ApplicationEvents.ServiceDecommissioned;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 23 at termination: application records the vendor's handover and purge certificate and ends the service; here
 * the unit confirms the handover and the purge (or disputes them, which tells the vendor and the DEC). The service is
 * closed for good only when both are confirmed; the DEC sees those still open.
 */
@Service
@Transactional
class ServiceClosureService {

    static final String AUDIT_TYPE = "ServiceClosure";
    static final String LINK = "/security/closures";

    private final ServiceClosureRepository closures;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;

    ServiceClosureService(ServiceClosureRepository closures, Notices notices, AuditLog audit, Clock clock) {
        this.closures = closures;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Schema name: security has a second {@code ConfirmationInput} (password rotation). */
    @Schema(name = "SecurityClosureConfirmationInput")
    record ConfirmationInput(Long version, ServiceClosure.Part part) {
    }

    record DisputeInput(Long version, String note) {
    }

    record ClosureView(Long id, Long terminationRequestId, String requestCode, Long instanceId, String instanceCode,
                       Long unitId, String unitName, LocalDate endDate, String dataHandover, String purgeMethod,
                       LocalDate purgedOn, String certifiedBy, Instant certifiedAt, String handoverConfirmedBy,
                       Instant handoverConfirmedAt, String purgeConfirmedBy, Instant purgeConfirmedAt,
                       String disputeNote, ServiceClosure.Status status, long version) {
    }

    /** After the termination commits; redelivered after a crash by the event publication registry, stored once. */
    @ApplicationModuleListener
    void on(ServiceDecommissioned event) {
        if (closures.existsByTerminationRequestId(event.terminationRequestId())) {
            return;
        }
        ServiceClosure closure = closures.saveAndFlush(new ServiceClosure(event, clock.instant()));
        audit.record("security.closure.open", AUDIT_TYPE, closure.getId(), null, closure.describe());
        notices.send(Actor.groupOf(Role.UNIT_LEADER, event.unitId()), "security.notice.closureToConfirm",
                List.of(event.instanceCode()), LINK);
        notices.send(Actor.groupOf(Role.UNIT_APPLICANT, event.unitId()), "security.notice.closureToConfirm",
                List.of(event.instanceCode()), LINK);
    }

    ClosureView confirm(Actor actor, Long id, ConfirmationInput input) {
        ServiceClosure closure = own(actor, id);
        if (input == null || input.part() == null) {
            throw BusinessRuleException.invalid("security.closure.error.partRequired");
        }
        requireVersion(closure, input.version());
        String before = closure.describe();
        closure.confirm(input.part(), actor.username(), clock.instant());
        closures.saveAndFlush(closure);
        audit.record("security.closure.confirm" + (input.part() == ServiceClosure.Part.HANDOVER ? "Handover"
                : "Purge"), AUDIT_TYPE, id, before, closure.describe());
        if (closure.getStatus() == ServiceClosure.Status.CLOSED) {
            notices.send(Role.DEC_REVIEWER.name(), "security.notice.closureClosed", List.of(closure.getInstanceCode(),
                    closure.getUnitName()), LINK);
        }
        return view(closure);
    }

    ClosureView dispute(Actor actor, Long id, DisputeInput input) {
        ServiceClosure closure = own(actor, id);
        requireVersion(closure, input == null ? null : input.version());
        String note = SecurityAccess.text(input == null ? null : input.note(), 2000,
                "security.closure.error.noteRequired");
        String before = closure.describe();
        closure.dispute(note);
        closures.saveAndFlush(closure);
        audit.record("security.closure.dispute", AUDIT_TYPE, id, before, closure.describe());
        List<String> arguments = List.of(closure.getInstanceCode(), closure.getUnitName(), note);
        notices.send(Role.VENDOR_OPERATOR.name(), "security.notice.closureDisputed", arguments, LINK);
        notices.send(Role.DEC_REVIEWER.name(), "security.notice.closureDisputed", arguments, LINK);
        return view(closure);
    }

    /** A unit member: its unit's; the DEC, supervisors and the vendor: all. {@code open}: not yet closed. */
    @Transactional(readOnly = true)
    List<ClosureView> closures(Actor actor, boolean openOnly) {
        List<ServiceClosure> list;
        if (SecurityAccess.isSupervisor(actor) || SecurityAccess.isVendor(actor)) {
            list = closures.findAllByOrderByCertifiedAtDescIdDesc();
        } else if (SecurityAccess.isUnitMember(actor)) {
            list = closures.findByUnitIdOrderByCertifiedAtDescIdDesc(actor.unitId());
        } else {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return list.stream().filter(c -> !openOnly || c.getStatus() != ServiceClosure.Status.CLOSED)
                .map(ServiceClosureService::view).toList();
    }

    @Transactional(readOnly = true)
    ClosureView closure(Actor actor, Long id) {
        ServiceClosure closure = closures.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (!SecurityAccess.isVendor(actor) && !SecurityAccess.sees(actor, closure.getUnitId())) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return view(closure);
    }

    private ServiceClosure own(Actor actor, Long id) {
        SecurityAccess.requireUnitMember(actor);
        return closures.findById(id).filter(c -> c.getUnitId().equals(actor.unitId()))
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private static void requireVersion(ServiceClosure closure, Long version) {
        if (version == null || version != closure.getVersion()) {
            throw BusinessRuleException.conflict("error.concurrentChange");
        }
    }

    private static ClosureView view(ServiceClosure c) {
        return new ClosureView(c.getId(), c.getTerminationRequestId(), c.getRequestCode(), c.getInstanceId(),
                c.getInstanceCode(), c.getUnitId(), c.getUnitName(), c.getEndDate(), c.getDataHandover(),
                c.getPurgeMethod(), c.getPurgedOn(), c.getCertifiedBy(), c.getCertifiedAt(),
                c.getHandoverConfirmedBy(), c.getHandoverConfirmedAt(), c.getPurgeConfirmedBy(),
                c.getPurgeConfirmedAt(), c.getDisputeNote(), c.getStatus(), c.getVersion());
    }
}
