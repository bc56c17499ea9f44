package cn.gov.dehong.cloud.operations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Art. 14: alerts of the vendor's monitoring (Prometheus Alertmanager) become incidents and fault notices.
 * <ul>
 * <li>An alert with label {@code instance_id} (a service instance code, e.g. SI-2026-000123-01) affects that
 * instance's unit; without it, label {@code zone} (PRIVATE/PUBLIC or 专有云/公共云) affects every unit with an active
 * service on that zone; otherwise, or for an unknown instance, the incident is kept UNMAPPED for the DEC to assign.</li>
 * <li>One open incident per alert fingerprint: a repeated firing only updates "last seen" (no second notice); the
 * resolved alert closes it and sends the recovery notice with the duration.</li>
 * <li>Each alert is its own transaction, so one bad alert never loses the others of the same webhook call; when
 * concurrent calls about the same fingerprint collide (unique open fingerprint, incident version) the alert is tried
 * again on the fresh state, so a repeat is counted as a repeat and never fails the call.</li>
 * </ul>
 */
@Service
class IncidentService {

    static final String AUDIT_TYPE = "Incident";
    static final String INSTANCE = "INSTANCE";
    static final String ZONE = "ZONE";
    static final String UNMAPPED = "UNMAPPED";
    static final String ASSIGNED = "ASSIGNED";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IncidentService.class);
    /** How often one alert is tried when concurrent calls about the same fingerprint collide. */
    private static final int RACE_ATTEMPTS = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(WorkingDayCalendar.ZONE);

    private final IncidentRepository incidents;
    private final IncidentUnitRepository affected;
    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final DutyRoster roster;
    private final Notices notices;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentService(IncidentRepository incidents, IncidentUnitRepository affected, SubscriptionManagement subscriptions,
                    OrganizationDirectory organization, DutyRoster roster, Notices notices, AuditLog audit,
                    PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.incidents = incidents;
        this.affected = affected;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.roster = roster;
        this.notices = notices;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    enum Outcome { OPENED, REPEATED, CLOSED, IGNORED }

    record WebhookResult(int opened, int repeated, int closed, int ignored) {
    }

    record IncidentView(Long id, String fingerprint, String alertName, String severity, String summary, String mapping,
                        String instanceLabel, String zoneLabel, Instant startsAt, Instant endsAt, Instant lastSeenAt,
                        int repeats, Long durationMinutes, boolean open, List<AffectedUnit> units) {
    }

    record AffectedUnit(Long unitId, String unitName, Long instanceId, String instanceCode) {
    }

    WebhookResult receive(AlertPayload payload) {
        if (payload == null || payload.alerts() == null) {
            throw BusinessRuleException.invalid("error.malformedJson");
        }
        int[] counts = new int[Outcome.values().length];
        for (AlertPayload.Alert alert : payload.alerts()) {
            counts[handle(alert).ordinal()]++;
        }
        return new WebhookResult(counts[Outcome.OPENED.ordinal()], counts[Outcome.REPEATED.ordinal()],
                counts[Outcome.CLOSED.ordinal()], counts[Outcome.IGNORED.ordinal()]);
    }

    private Outcome handle(AlertPayload.Alert alert) {
        if (alert == null || alert.fingerprint() == null || alert.fingerprint().isBlank()
                || alert.fingerprint().length() > 100) {
            return Outcome.IGNORED;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> alert.firing() ? fire(alert) : resolve(alert));
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
                // another call opened the same fingerprint a moment ago (unique open_fingerprint), or updated the same
                // incident at the same moment (version): again on the fresh state, where this alert is a repeat (or
                // the resolution finds it closed already)
                if (attempt == RACE_ATTEMPTS) {
                    log.warn("alert {} not stored after {} attempts: {}", alert.fingerprint(), attempt, raced.toString());
                    return Outcome.IGNORED;
                }
            }
        }
    }

    private Outcome fire(AlertPayload.Alert alert) {
        Instant now = clock.instant();
        if (incidents.seenAgain(alert.fingerprint(), now) > 0) {
            return Outcome.REPEATED;
        }
        String instanceLabel = alert.label("instance_id");
        String zoneLabel = alert.label("zone");
        Map<Long, AffectedUnit> units = new LinkedHashMap<>();
        String mapping = map(instanceLabel, zoneLabel, units);
        Incident incident = incidents.saveAndFlush(new Incident(alert.fingerprint(),
                clip(alert.label("alertname") == null ? "alert" : alert.label("alertname"), 200),
                clip(alert.label("severity") == null ? "warning" : alert.label("severity"), 40),
                clip(summary(alert), 1000), mapping, clip(instanceLabel, 100), clip(zoneLabel, 40),
                alert.startsAt() == null ? now : alert.startsAt(), now));
        units.values().forEach(unit -> affected.save(new IncidentUnit(incident.getId(), unit.unitId(), unit.unitName(),
                unit.instanceId(), unit.instanceCode())));
        notifyFault(incident, units.values());
        if (UNMAPPED.equals(mapping)) {
            List<String> args = List.of(incident.getAlertName(), String.valueOf(instanceLabel == null ? zoneLabel : instanceLabel));
            notices.send(Role.DEC_REVIEWER.name(), "operations.notice.incidentUnmapped", args, link(incident));
            notices.send(Role.VENDOR_OPERATOR.name(), "operations.notice.incidentUnmapped", args, link(incident));
        }
        audit.record("incident.open", AUDIT_TYPE, incident.getId(), null, incident.describe() + ", units="
                + units.values().stream().map(AffectedUnit::unitName).collect(Collectors.joining("、")));
        return Outcome.OPENED;
    }

    private Outcome resolve(AlertPayload.Alert alert) {
        var open = incidents.findByOpenFingerprint(alert.fingerprint());
        if (open.isEmpty()) {
            return Outcome.IGNORED;
        }
        Incident incident = open.get();
        String before = incident.describe();
        incident.close(alert.endsAt() == null ? clock.instant() : alert.endsAt());
        long minutes = incident.duration().toMinutes();
        for (IncidentUnit unit : affected.findByIncidentIdOrderByUnitNameAsc(incident.getId())) {
            List<String> args = List.of(incident.getAlertName(), subject(incident, unit.getInstanceCode()),
                    TIME.format(incident.getEndsAt()), String.valueOf(minutes));
            sendToUnit(unit.getUnitId(), "operations.notice.recovery", args, link(incident));
        }
        audit.record("incident.close", AUDIT_TYPE, incident.getId(), before, incident.describe());
        return Outcome.CLOSED;
    }

    /** The DEC (or vendor) assigns an unmapped incident to the units it affects; they get the fault notice now. */
    IncidentView assign(Actor actor, Long id, List<Long> unitIds) {
        if (!actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR, Role.VENDOR_OPERATOR)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (unitIds == null || unitIds.isEmpty()) {
            throw BusinessRuleException.invalid("operations.incident.error.unitsRequired");
        }
        return transaction.execute(status -> {
            Incident incident = load(id);
            String before = incident.describe();
            List<Long> already = affected.findByIncidentIdOrderByUnitNameAsc(id).stream().map(IncidentUnit::getUnitId)
                    .toList();
            List<AffectedUnit> added = new ArrayList<>();
            for (Long unitId : unitIds.stream().distinct().toList()) {
                UnitView unit = organization.unit(unitId);
                if (!unit.isAgency()) {
                    throw BusinessRuleException.invalid("operations.drill.error.notAgency", unit.name());
                }
                if (!already.contains(unitId)) {
                    affected.save(new IncidentUnit(id, unit.id(), unit.name(), null, null));
                    added.add(new AffectedUnit(unit.id(), unit.name(), null, null));
                }
            }
            incident.mapped(ASSIGNED);
            if (incident.isOpen()) {
                notifyFault(incident, added);
            }
            audit.record("incident.assign", AUDIT_TYPE, id, before, incident.describe() + ", added="
                    + added.stream().map(AffectedUnit::unitName).collect(Collectors.joining("、")));
            return view(incident);
        });
    }

    Page<IncidentView> list(Actor actor, boolean unmappedOnly, Pageable pageable) {
        DataScope scope = organization.scopeOf(actor);
        return transaction.execute(status -> {
            Page<Incident> page;
            if (scope.all()) {
                page = unmappedOnly ? incidents.findByMapping(UNMAPPED, pageable) : incidents.findAllBy(pageable);
            } else {
                page = incidents.findAffecting(scope.unitIds().isEmpty() ? List.of(-1L) : scope.unitIds(), pageable);
            }
            return page.map(this::view);
        });
    }

    IncidentView details(Actor actor, Long id) {
        return transaction.execute(status -> {
            Incident incident = load(id);
            IncidentView view = view(incident);
            DataScope scope = organization.scopeOf(actor);
            if (!scope.all() && view.units().stream().noneMatch(u -> scope.includes(u.unitId()))) {
                throw BusinessRuleException.notFound("error.object.notFound");
            }
            return view;
        });
    }

    private String map(String instanceLabel, String zoneLabel, Map<Long, AffectedUnit> units) {
        if (instanceLabel != null) {
            ServiceInstanceView instance = instanceByCode(instanceLabel);
            if (instance == null) {
                return UNMAPPED;
            }
            units.put(instance.unitId(), new AffectedUnit(instance.unitId(), instance.unitName(), instance.id(),
                    instance.code()));
            return INSTANCE;
        }
        PlatformZone zone = zone(zoneLabel);
        if (zone == null) {
            return UNMAPPED;
        }
        int page = 0;
        Page<ServiceInstanceView> running;
        do {
            running = subscriptions.search(DataScope.everything(), new ServiceInstanceQuery(null, null, zone, null),
                    PageRequest.of(page++, 500));
            running.stream()
                    .filter(i -> i.status() == ServiceInstanceStatus.ACTIVE || i.status() == ServiceInstanceStatus.CHANGING)
                    .forEach(i -> units.putIfAbsent(i.unitId(), new AffectedUnit(i.unitId(), i.unitName(), null, null)));
        } while (running.hasNext());
        return ZONE;
    }

    private ServiceInstanceView instanceByCode(String code) {
        return subscriptions.search(DataScope.everything(), new ServiceInstanceQuery(null, null, null, code),
                        PageRequest.of(0, 20)).stream()
                .filter(i -> i.code().equalsIgnoreCase(code) && i.status() != ServiceInstanceStatus.TERMINATED)
                .findFirst().orElse(null);
    }

    static PlatformZone zone(String label) {
        if (label == null) {
            return null;
        }
        return switch (label.strip().toUpperCase(Locale.ROOT)) {
            case "PRIVATE", "专有云" -> PlatformZone.PRIVATE;
            case "PUBLIC", "公共云" -> PlatformZone.PUBLIC;
            default -> null;
        };
    }

    private void notifyFault(Incident incident, Iterable<AffectedUnit> units) {
        String duty = roster.current().stream().map(s -> s.personName() + " " + s.phone())
                .collect(Collectors.joining("；"));
        for (AffectedUnit unit : units) {
            List<String> args = List.of(incident.getAlertName(), subject(incident, unit.instanceCode()),
                    TIME.format(incident.getStartsAt()), duty.isEmpty() ? "—" : duty);
            sendToUnit(unit.unitId(), "operations.notice.fault", args, link(incident));
        }
    }

    private String subject(Incident incident, String instanceCode) {
        String text = incident.getSummary() == null ? "" : incident.getSummary();
        return instanceCode == null ? text : instanceCode + (text.isEmpty() ? "" : " " + text);
    }

    /** In-app to the unit's leaders and applicants; by e-mail after the commit ({@link FaultMailer}). */
    private void sendToUnit(Long unitId, String key, List<String> args, String link) {
        notices.send(Actor.groupOf(Role.UNIT_LEADER, unitId), key, args, link);
        notices.send(Actor.groupOf(Role.UNIT_APPLICANT, unitId), key, args, link);
        events.publishEvent(new FaultMailer.UnitMail(unitId, key, args, link));
    }

    private static String summary(AlertPayload.Alert alert) {
        String summary = alert.annotation("summary");
        return summary != null ? summary : alert.annotation("description");
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static String link(Incident incident) {
        return "/operations/incidents/" + incident.getId();
    }

    private IncidentView view(Incident i) {
        List<AffectedUnit> units = affected.findByIncidentIdOrderByUnitNameAsc(i.getId()).stream()
                .map(u -> new AffectedUnit(u.getUnitId(), u.getUnitName(), u.getInstanceId(), u.getInstanceCode()))
                .toList();
        return new IncidentView(i.getId(), i.getFingerprint(), i.getAlertName(), i.getSeverity(), i.getSummary(),
                i.getMapping(), i.getInstanceLabel(), i.getZoneLabel(), i.getStartsAt(), i.getEndsAt(),
                i.getLastSeenAt(), i.getRepeats(), i.duration() == null ? null : i.duration().toMinutes(), i.isOpen(),
                units);
    }

    private Incident load(Long id) {
        return incidents.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }
}
