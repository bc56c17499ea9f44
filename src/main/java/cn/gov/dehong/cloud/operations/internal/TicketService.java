package cn.gov.dehong.cloud.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketSeverity;
import cn.gov.dehong.cloud.operations.TicketStatus;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.security.ApplicationSystems;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Service tickets (Art. 16, 19): a unit reports a problem with one of its service instances or application systems
 * (the inventory of the security module, looked up through its {@link ApplicationSystems} API), the vendor
 * acknowledges, works and resolves, the unit confirms with a rating or reopens. Each method is one step by one
 * actor, audited in the same transaction.
 */
@Service
@Transactional
class TicketService {

    static final String AUDIT_TYPE = "Ticket";
    static final String FILE_OWNER = "TICKET";
    private static final String LINK = "/operations/tickets/";
    /** The actor of the timeline entries the platform itself writes (auto-close). */
    static final String SYSTEM_ACTOR = "system";

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final OperationsFiles files;
    private final OpsFileRepository fileViews;
    private final SubscriptionManagement subscriptions;
    private final ApplicationSystems systems;
    private final OrganizationDirectory organization;
    private final Notices notices;
    private final AuditLog audit;
    private final OperationsProperties properties;
    private final WorkingTime workingTime;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    TicketService(TicketRepository tickets, TicketEventRepository events, OperationsFiles files,
                  OpsFileRepository fileViews, SubscriptionManagement subscriptions, ApplicationSystems systems,
                  OrganizationDirectory organization,
                  Notices notices, AuditLog audit, OperationsProperties properties, WorkingDayCalendar calendar,
                  Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.files = files;
        this.fileViews = fileViews;
        this.subscriptions = subscriptions;
        this.systems = systems;
        this.organization = organization;
        this.notices = notices;
        this.audit = audit;
        this.properties = properties;
        this.workingTime = new WorkingTime(calendar, properties.officeStart(), properties.officeEnd());
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Exactly one of {@code instanceId} (a service instance) and {@code systemId} (an application system). */
    record TicketInput(Long instanceId, Long systemId, TicketSeverity severity, String title, String description) {
    }

    record TicketDetails(TicketView ticket, List<TicketEvent.TicketEventView> timeline, List<FileView> attachments) {
    }

    record TicketQuery(TicketStatus status, TicketSeverity severity, Long unitId, Boolean overdue, String text) {
    }

    // ---- the unit --------------------------------------------------------------------------------------------

    TicketDetails report(Actor actor, TicketInput input) {
        Access.requireUnitMember(actor);
        if (input.instanceId() == null && input.systemId() == null) {
            throw BusinessRuleException.invalid("operations.ticket.error.instanceRequired");
        }
        if (input.instanceId() != null && input.systemId() != null) {
            throw BusinessRuleException.invalid("operations.ticket.error.instanceOrSystem");
        }
        if (input.severity() == null) {
            throw BusinessRuleException.invalid("operations.ticket.error.severityRequired");
        }
        String title = Access.text(input.title(), 200, "operations.ticket.error.titleRequired");
        String description = Access.text(input.description(), 4000, "operations.ticket.error.descriptionRequired");
        Subject subject = input.systemId() != null ? system(actor, input.systemId()) : instance(actor, input.instanceId());
        Instant now = clock.instant();
        OperationsProperties.SlaTarget target = properties.target(input.severity());
        Ticket ticket = new Ticket("TMP-" + UUID.randomUUID(), subject.instanceId(), subject.instanceCode(),
                subject.productName(), subject.unitId(), subject.unitName(), input.severity(), title, description,
                actor.username(), now, target.basis(), target.response().toMinutes(), target.resolution().toMinutes(),
                workingTime.due(now, target.response(), target.basis()),
                workingTime.due(now, target.resolution(), target.basis()));
        if (subject.systemId() != null) {
            ticket.aboutSystem(subject.systemId(), subject.systemName());
        }
        ticket = tickets.saveAndFlush(ticket);
        ticket.assignCode("GD-%d-%06d".formatted(now.atZone(WorkingDayCalendar.ZONE).getYear(), ticket.getId()));
        event(ticket, actor, "REPORTED", null, TicketStatus.OPEN, input.severity().name());
        notices.send(Role.VENDOR_OPERATOR.name(), "operations.notice.ticketReported",
                List.of(ticket.getCode(), ticket.getUnitName(), title), LINK + ticket.getId());
        audit.record("ticket.report", AUDIT_TYPE, ticket.getId(), null, ticket.describe());
        return details(ticket, now);
    }

    /** What a ticket is about: an instance (code, product) or an application system (name), and whose it is. */
    private record Subject(Long instanceId, String instanceCode, String productName, Long systemId, String systemName,
                           Long unitId, String unitName) {
    }

    private Subject instance(Actor actor, Long instanceId) {
        ServiceInstanceView instance = subscriptions.instance(instanceId);
        organization.requireVisible(actor, instance.unitId());
        if (!instance.unitId().equals(actor.unitId())) {
            throw BusinessRuleException.invalid("operations.ticket.error.notOwnService", instance.code());
        }
        if (instance.status() == ServiceInstanceStatus.TERMINATED) {
            throw BusinessRuleException.invalid("operations.ticket.error.serviceEnded", instance.code());
        }
        return new Subject(instance.id(), instance.code(), instance.productName(), null, null, instance.unitId(),
                instance.unitName());
    }

    /** Through security's lookup: unknown or outside the caller's scope is 404, another unit's system 400. */
    private Subject system(Actor actor, Long systemId) {
        ApplicationSystems.SystemRef system = systems.find(systemId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        organization.requireVisible(actor, system.unitId());
        if (!system.unitId().equals(actor.unitId())) {
            throw BusinessRuleException.invalid("operations.ticket.error.notOwnSystem", system.name());
        }
        return new Subject(null, null, null, system.id(), system.name(), system.unitId(), system.unitName());
    }

    /** The unit withdraws a ticket the vendor has not answered yet. */
    TicketDetails cancel(Actor actor, Long id, String reason) {
        Ticket ticket = ownTicket(actor, id);
        return move(actor, ticket, TicketStatus.CANCELLED, "CANCELLED", Access.optional(reason, 1000));
    }

    /** The unit accepts the resolution and rates the service (Art. 31); an unsatisfied rating needs a reason. */
    TicketDetails confirm(Actor actor, Long id, Satisfaction satisfaction, String comment) {
        Ticket ticket = ownTicket(actor, id);
        if (satisfaction == null) {
            throw BusinessRuleException.invalid("operations.ticket.error.ratingRequired");
        }
        String note = Access.optional(comment, 1000);
        if (satisfaction == Satisfaction.UNSATISFIED && note == null) {
            throw BusinessRuleException.invalid("operations.ticket.error.unsatisfiedReason");
        }
        String before = ticket.describe();
        TicketStatus from = ticket.moveTo(TicketStatus.CLOSED);
        ticket.closed(clock.instant(), satisfaction, note);
        event(ticket, actor, "CLOSED", from, TicketStatus.CLOSED, satisfaction.name() + (note == null ? "" : ": " + note));
        // one key per rating, so that the inbox names it in the reader's language (not VERY_SATISFIED)
        notices.send(Role.VENDOR_OPERATOR.name(), "operations.notice.ticketClosed." + satisfaction,
                List.of(ticket.getCode(), ticket.getUnitName()), LINK + id);
        audit.record("ticket.close", AUDIT_TYPE, id, before, ticket.describe() + ", satisfaction=" + satisfaction);
        return details(ticket, clock.instant());
    }

    /** The problem is not solved: back to the vendor, the resolution clock keeps running from the report. */
    TicketDetails reopen(Actor actor, Long id, String reason) {
        Ticket ticket = ownTicket(actor, id);
        String note = Access.text(reason, 1000, "operations.ticket.error.reopenReason");
        String before = ticket.describe();
        TicketStatus from = ticket.moveTo(TicketStatus.REOPENED);
        ticket.reopened();
        event(ticket, actor, "REOPENED", from, TicketStatus.REOPENED, note);
        notices.send(Role.VENDOR_OPERATOR.name(), "operations.notice.ticketReopened",
                List.of(ticket.getCode(), ticket.getUnitName(), note), LINK + id);
        audit.record("ticket.reopen", AUDIT_TYPE, id, before, ticket.describe());
        return details(ticket, clock.instant());
    }

    // ---- the vendor ------------------------------------------------------------------------------------------

    /** First response: the response time is measured now. */
    TicketDetails acknowledge(Actor actor, Long id, String note) {
        Access.requireVendor(actor);
        Ticket ticket = load(id);
        Instant now = clock.instant();
        String before = ticket.describe();
        TicketStatus from = ticket.moveTo(TicketStatus.ACKNOWLEDGED);
        ticket.acknowledged(now, actor.username(), workingTime.elapsedMinutes(ticket.getReportedAt(), now,
                ticket.getSlaBasis()));
        event(ticket, actor, "ACKNOWLEDGED", from, TicketStatus.ACKNOWLEDGED, Access.optional(note, 4000));
        notices.send(Actor.personal(ticket.getReportedBy()), "operations.notice.ticketAcknowledged",
                List.of(ticket.getCode(), ticket.getTitle()), LINK + id);
        audit.record("ticket.acknowledge", AUDIT_TYPE, id, before, ticket.describe());
        return details(ticket, now);
    }

    TicketDetails start(Actor actor, Long id, String note) {
        Access.requireVendor(actor);
        return move(actor, load(id), TicketStatus.IN_PROGRESS, "STARTED", Access.optional(note, 4000));
    }

    /** The vendor resolved it: the resolution time is measured now, the unit is asked to confirm. */
    TicketDetails resolve(Actor actor, Long id, String resolution) {
        Access.requireVendor(actor);
        Ticket ticket = load(id);
        String note = Access.text(resolution, 4000, "operations.ticket.error.resolutionRequired");
        Instant now = clock.instant();
        String before = ticket.describe();
        TicketStatus from = ticket.moveTo(TicketStatus.RESOLVED);
        ticket.resolved(now, actor.username(), note, workingTime.elapsedMinutes(ticket.getReportedAt(), now,
                ticket.getSlaBasis()));
        event(ticket, actor, "RESOLVED", from, TicketStatus.RESOLVED, note);
        List<String> args = List.of(ticket.getCode(), ticket.getTitle());
        notices.send(Actor.personal(ticket.getReportedBy()), "operations.notice.ticketResolved", args, LINK + id);
        notices.send(Actor.groupOf(Role.UNIT_LEADER, ticket.getUnitId()), "operations.notice.ticketResolved", args,
                LINK + id);
        audit.record("ticket.resolve", AUDIT_TYPE, id, before, ticket.describe());
        return details(ticket, now);
    }

    // ---- both parties ----------------------------------------------------------------------------------------

    TicketDetails attach(Actor actor, Long id, MultipartFile file) {
        Ticket ticket = visible(actor, id);
        if (!Access.isMemberOf(actor, ticket.getUnitId()) && !Access.isVendor(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (ticket.getStatus().finished()) {
            throw BusinessRuleException.conflict("operations.ticket.error.finished", ticket.getCode());
        }
        OpsFile stored = files.store(FILE_OWNER, id, file, actor.username());
        event(ticket, actor, "ATTACHED", null, null, stored.getFileName());
        audit.record("ticket.attach", AUDIT_TYPE, id, null, stored.getFileName() + " sha256=" + stored.getSha256());
        return details(ticket, clock.instant());
    }

    @Transactional(readOnly = true)
    TicketDetails details(Actor actor, Long id) {
        return details(visible(actor, id), clock.instant());
    }

    @Transactional(readOnly = true)
    org.springframework.http.ResponseEntity<byte[]> attachment(Actor actor, Long id, Long fileId) {
        visible(actor, id);
        return files.download(FILE_OWNER, id, fileId);
    }

    @Transactional(readOnly = true)
    Page<TicketView> search(Actor actor, TicketQuery query, Pageable pageable) {
        DataScope scope = organization.scopeOf(actor);
        Instant now = clock.instant();
        Specification<Ticket> spec = (root, cq, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.all()) {
                predicates.add(root.get("unitId").in(scope.unitIds()));
            }
            if (query.status() != null) {
                predicates.add(cb.equal(root.get("status"), query.status()));
            }
            if (query.severity() != null) {
                predicates.add(cb.equal(root.get("severity"), query.severity()));
            }
            if (query.unitId() != null) {
                predicates.add(cb.equal(root.get("unitId"), query.unitId()));
            }
            if (Boolean.TRUE.equals(query.overdue())) {
                predicates.add(overdue(root, cb, now));
            }
            if (query.text() != null && !query.text().isBlank()) {
                String like = "%" + query.text().strip() + "%";
                predicates.add(cb.or(cb.like(root.get("code"), like), cb.like(root.get("title"), like),
                        cb.like(root.get("instanceCode"), like), cb.like(root.get("systemName"), like),
                        cb.like(root.get("unitName"), like)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return tickets.findAll(spec, pageable).map(ticket -> ticket.toView(now));
    }

    /** The DEC's list (Art. 31 feeds on it): tickets late on first response or on resolution right now. */
    @Transactional(readOnly = true)
    Page<TicketView> overdue(Actor actor, Pageable pageable) {
        Access.requireVendorOrSupervisor(actor);
        return search(actor, new TicketQuery(null, null, null, true, null), pageable);
    }

    /** Sends the DEC and the vendor one notice per ticket and kind of lateness; run by {@link TicketOverdueJob}. */
    int noticeOverdue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Ticket ticket : tickets.findNewlyOverdue(now, EnumSet.of(TicketStatus.OPEN, TicketStatus.ACKNOWLEDGED,
                TicketStatus.IN_PROGRESS, TicketStatus.REOPENED))) {
            if (ticket.markOverdueNoticed(now)) {
                List<String> args = List.of(ticket.getCode(), ticket.getUnitName(), ticket.getTitle());
                notices.send(Role.DEC_REVIEWER.name(), "operations.notice.ticketOverdue", args, LINK + ticket.getId());
                notices.send(Role.VENDOR_OPERATOR.name(), "operations.notice.ticketOverdue", args,
                        LINK + ticket.getId());
                audit.record("ticket.overdueNoticed", AUDIT_TYPE, ticket.getId(), null, ticket.describe());
                sent++;
            }
        }
        return sent;
    }

    // ---- the platform ----------------------------------------------------------------------------------------

    /**
     * Resolved tickets whose unit has neither confirmed nor reopened them by the end of the
     * {@code auto-close-working-days}-th working day after the resolution; run by {@link TicketAutoCloseJob}.
     */
    @Transactional(readOnly = true)
    List<Long> autoCloseDue() {
        Instant now = clock.instant();
        int days = properties.autoCloseWorkingDays();
        // N working days are at least N calendar days: older resolutions only, then the calendar decides
        return tickets.findByStatusAndResolvedAtBeforeOrderByResolvedAtAsc(TicketStatus.RESOLVED,
                        now.minus(Duration.ofDays(days))).stream()
                .filter(ticket -> autoCloseDue(ticket, now, days))
                .map(Ticket::getId).toList();
    }

    /** Closes one such ticket, unrated, in its own transaction; false when the unit acted meanwhile. */
    boolean autoClose(Long id) {
        Ticket ticket = load(id);
        Instant now = clock.instant();
        int days = properties.autoCloseWorkingDays();
        if (ticket.getStatus() != TicketStatus.RESOLVED || !autoCloseDue(ticket, now, days)) {
            return false;
        }
        String before = ticket.describe();
        TicketStatus from = ticket.moveTo(TicketStatus.CLOSED);
        ticket.closed(now, null, null);
        events.save(new TicketEvent(id, now, SYSTEM_ACTOR, "AUTO_CLOSED", from, TicketStatus.CLOSED, null));
        List<String> args = List.of(ticket.getCode(), ticket.getTitle(), String.valueOf(days));
        notices.send(Actor.personal(ticket.getReportedBy()), "operations.notice.ticketAutoClosed", args, LINK + id);
        notices.send(Actor.groupOf(Role.UNIT_LEADER, ticket.getUnitId()), "operations.notice.ticketAutoClosed", args,
                LINK + id);
        notices.send(Role.VENDOR_OPERATOR.name(), "operations.notice.ticketAutoClosed", args, LINK + id);
        audit.record("ticket.autoClose", AUDIT_TYPE, id, before,
                ticket.describe() + ", not confirmed within " + days + " working days, unrated");
        return true;
    }

    private boolean autoCloseDue(Ticket ticket, Instant now, int days) {
        return ticket.getResolvedAt() != null && now.isAfter(calendar.deadline(ticket.getResolvedAt(), days).dueAt());
    }

    private static Predicate overdue(Root<Ticket> root, CriteriaBuilder cb, Instant now) {
        Predicate responseLate = cb.and(cb.isNull(root.get("acknowledgedAt")),
                cb.notEqual(root.get("status"), TicketStatus.CANCELLED), cb.lessThan(root.get("responseDueAt"), now));
        Predicate resolutionLate = cb.and(root.get("status").in(TicketStatus.OPEN, TicketStatus.ACKNOWLEDGED,
                TicketStatus.IN_PROGRESS, TicketStatus.REOPENED), cb.lessThan(root.get("resolutionDueAt"), now));
        return cb.or(responseLate, resolutionLate);
    }

    private TicketDetails move(Actor actor, Ticket ticket, TicketStatus target, String action, String note) {
        String before = ticket.describe();
        TicketStatus from = ticket.moveTo(target);
        event(ticket, actor, action, from, target, note);
        audit.record("ticket." + action.toLowerCase(), AUDIT_TYPE, ticket.getId(), before, ticket.describe());
        return details(ticket, clock.instant());
    }

    private void event(Ticket ticket, Actor actor, String action, TicketStatus from, TicketStatus to, String note) {
        events.save(new TicketEvent(ticket.getId(), clock.instant(), actor.username(), action, from, to, note));
    }

    private TicketDetails details(Ticket ticket, Instant now) {
        return new TicketDetails(ticket.toView(now),
                events.findByTicketIdOrderByIdAsc(ticket.getId()).stream().map(TicketEvent::toView).toList(),
                fileViews.findViews(FILE_OWNER, ticket.getId()));
    }

    private Ticket load(Long id) {
        return tickets.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    /** 404 outside the caller's scope: nobody learns that another unit's ticket exists. */
    private Ticket visible(Actor actor, Long id) {
        Ticket ticket = load(id);
        organization.requireVisible(actor, ticket.getUnitId());
        return ticket;
    }

    /** A step only the ticket's own unit (applicant or leader) takes. */
    private Ticket ownTicket(Actor actor, Long id) {
        Ticket ticket = visible(actor, id);
        if (!Access.isMemberOf(actor, ticket.getUnitId())) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return ticket;
    }

    /** For pages: the SLA targets in force, per severity. */
    List<SlaRow> slaTargets() {
        List<SlaRow> rows = new ArrayList<>();
        for (TicketSeverity severity : TicketSeverity.values()) {
            OperationsProperties.SlaTarget target = properties.target(severity);
            rows.add(new SlaRow(severity, target.response(), target.resolution(), target.basis().name()));
        }
        return rows;
    }

    record SlaRow(TicketSeverity severity, Duration response, Duration resolution, String basis) {
    }
}
