package cn.gov.dehong.cloud.security.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.billing.VendorPenalties;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security incidents (Art. 26, 30): the DEC, the security departments and the vendor record incidents on the cloud or
 * on a system; a unit records those on its own systems. An incident the vendor caused can be linked to a penalty,
 * which billing books (finance or DEC only, in billing's own rules) in the same transaction.
 */
@Service
@Transactional
class SecurityIncidentService {

    static final String AUDIT_TYPE = "SecurityIncident";
    static final String LINK = "/security/incidents";

    private final SecurityIncidentRepository incidents;
    private final ApplicationSystemRepository systems;
    private final VendorPenalties penalties;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;

    SecurityIncidentService(SecurityIncidentRepository incidents, ApplicationSystemRepository systems, VendorPenalties penalties,
                    Notices notices, AuditLog audit, Clock clock) {
        this.incidents = incidents;
        this.systems = systems;
        this.penalties = penalties;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    record IncidentInput(SecurityIncident.Scope scope, Long systemId, SecurityIncident.Severity severity,
                         Instant occurredAt, String title, String cause, String impact, String handling,
                         boolean vendorCaused) {
    }

    /** {@code hold}: a payment hold rather than a deduction; {@code period} defaults to the incident's month. */
    record PenaltyInput(String period, boolean hold, BigDecimal amount, String reason) {
    }

    record IncidentView(Long id, String reference, SecurityIncident.Scope scope, Long systemId, String systemName,
                        Long unitId, String unitName, SecurityIncident.Severity severity, Instant occurredAt,
                        String title, String cause, String impact, String handling, boolean vendorCaused,
                        Long penaltyId, String recordedBy, Instant recordedAt, long version) {
    }

    static boolean mayRecordAnywhere(Actor actor) {
        return actor.hasAny(Role.DEC_ACCEPTOR, Role.DEC_REVIEWER, Role.SECURITY_VIEWER, Role.VENDOR_OPERATOR);
    }

    static boolean mayLinkPenalty(Actor actor) {
        return actor.hasAny(Role.DEC_ACCEPTOR, Role.DEC_REVIEWER, Role.FINANCE);
    }

    IncidentView record(Actor actor, IncidentInput input) {
        boolean anywhere = mayRecordAnywhere(actor);
        if (!anywhere && !SecurityAccess.isUnitMember(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (input.scope() == null) {
            throw BusinessRuleException.invalid("security.incident.error.scopeRequired");
        }
        ApplicationSystem system = null;
        if (input.scope() == SecurityIncident.Scope.SYSTEM) {
            if (input.systemId() == null) {
                throw BusinessRuleException.invalid("security.incident.error.systemRequired");
            }
            system = systems.findById(input.systemId())
                    .filter(s -> anywhere || s.getUnitId().equals(actor.unitId()))
                    .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        } else if (!anywhere) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (input.severity() == null) {
            throw BusinessRuleException.invalid("security.incident.error.severityRequired");
        }
        Instant now = clock.instant();
        if (input.occurredAt() == null) {
            throw BusinessRuleException.invalid("security.incident.error.timeRequired");
        }
        if (input.occurredAt().isAfter(now)) {
            throw BusinessRuleException.invalid("security.incident.error.future");
        }
        SecurityIncident incident = incidents.saveAndFlush(new SecurityIncident(input.scope(),
                system == null ? null : system.getId(), system == null ? null : system.getUnitId(),
                system == null ? null : system.getUnitName(), input.severity(), input.occurredAt(),
                SecurityAccess.text(input.title(), 200, "security.incident.error.titleRequired"),
                SecurityAccess.text(input.cause(), 2000, "security.incident.error.causeRequired"),
                SecurityAccess.text(input.impact(), 2000, "security.incident.error.impactRequired"),
                SecurityAccess.text(input.handling(), 2000, "security.incident.error.handlingRequired"),
                input.vendorCaused(), actor.username(), now));
        audit.record("security.incident.record", AUDIT_TYPE, incident.getId(), null, incident.describe());
        List<String> arguments = List.of(incident.reference(), incident.getTitle());
        notices.send(Role.DEC_REVIEWER.name(), "security.notice.incident", arguments, LINK);
        notices.send(Role.SECURITY_VIEWER.name(), "security.notice.incident", arguments, LINK);
        if (incident.getUnitId() != null) {
            notices.send(Actor.groupOf(Role.UNIT_LEADER, incident.getUnitId()), "security.notice.incident", arguments,
                    LINK);
        }
        return view(incident);
    }

    /** Books a penalty for a vendor-caused incident through billing and links it; one penalty per incident. */
    IncidentView linkPenalty(Actor actor, Long id, PenaltyInput input) {
        if (!mayLinkPenalty(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        SecurityIncident incident = visible(actor, id);
        if (!incident.isVendorCaused()) {
            throw BusinessRuleException.invalid("security.incident.error.notVendorCaused");
        }
        if (incident.getPenaltyId() != null) {
            throw BusinessRuleException.conflict("security.incident.error.penaltyLinked");
        }
        String period = input == null || input.period() == null || input.period().isBlank()
                ? YearMonth.from(incident.getOccurredAt().atZone(WorkingDayCalendar.ZONE)).toString() : input.period();
        String reason = input == null || input.reason() == null || input.reason().isBlank()
                ? incident.getTitle() : input.reason();
        Long penaltyId = penalties.recordPenalty(actor, period, input != null && input.hold()
                ? VendorPenalties.Kind.HOLD : VendorPenalties.Kind.DEDUCTION, input == null ? null : input.amount(),
                reason, incident.reference());
        String before = incident.describe();
        incident.linkPenalty(penaltyId);
        incidents.saveAndFlush(incident);
        audit.record("security.incident.penalty", AUDIT_TYPE, id, before, incident.describe());
        return view(incident);
    }

    @Transactional(readOnly = true)
    List<IncidentView> incidents(Actor actor) {
        List<SecurityIncident> list;
        if (SecurityAccess.isSupervisor(actor) || actor.hasAny(Role.FINANCE, Role.VENDOR_OPERATOR)) {
            list = incidents.findAllByOrderByOccurredAtDescIdDesc();
        } else if (SecurityAccess.isUnitMember(actor)) {
            list = incidents.visibleToUnit(actor.unitId());
        } else {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return list.stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    IncidentView incident(Actor actor, Long id) {
        return view(visible(actor, id));
    }

    private SecurityIncident visible(Actor actor, Long id) {
        SecurityIncident incident = incidents.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        boolean all = SecurityAccess.isSupervisor(actor) || actor.hasAny(Role.FINANCE, Role.VENDOR_OPERATOR);
        boolean unit = SecurityAccess.isUnitMember(actor) && (incident.getScope() == SecurityIncident.Scope.CLOUD
                || actor.unitId().equals(incident.getUnitId()));
        if (!all && !unit) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return incident;
    }

    private IncidentView view(SecurityIncident i) {
        String systemName = i.getSystemId() == null ? null : systems.findById(i.getSystemId())
                .map(ApplicationSystem::getName).orElse(null);
        return new IncidentView(i.getId(), i.reference(), i.getScope(), i.getSystemId(), systemName, i.getUnitId(),
                i.getUnitName(), i.getSeverity(), i.getOccurredAt(), i.getTitle(), i.getCause(), i.getImpact(),
                i.getHandling(), i.isVendorCaused(), i.getPenaltyId(), i.getRecordedBy(), i.getRecordedAt(),
                i.getVersion());
    }
}
