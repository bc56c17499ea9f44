package cn.gov.dehong.cloud.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security inspections (Art. 25): the security departments plan them and record findings; a high-risk finding
 * suspends the system's running service instances until a re-inspection accepts the rectification and restores
 * them; a lower one gets a rectification deadline in working days. Suspended services stay billed (resources kept).
 */
@Service
@Transactional
class InspectionService {

    static final String INSPECTION_AUDIT_TYPE = "Inspection";
    static final String FINDING_AUDIT_TYPE = "Finding";

    private final InspectionRepository inspections;
    private final FindingRepository findings;
    private final ApplicationSystemRepository systems;
    private final SubscriptionManagement subscriptions;
    private final WorkingDayCalendar calendar;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final int rectificationWorkingDays;

    InspectionService(InspectionRepository inspections, FindingRepository findings, ApplicationSystemRepository systems,
                      SubscriptionManagement subscriptions, WorkingDayCalendar calendar, Notices notices,
                      AuditLog audit, Clock clock,
                      @Value("${dehong.security.rectification-working-days:10}") int rectificationWorkingDays) {
        this.inspections = inspections;
        this.findings = findings;
        this.systems = systems;
        this.subscriptions = subscriptions;
        this.calendar = calendar;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        this.rectificationWorkingDays = rectificationWorkingDays;
    }

    record InspectionInput(String title, LocalDate plannedOn, List<Long> systemIds,
                           Set<Inspection.Department> coInspectors) {
    }

    record FindingInput(Long systemId, Finding.Risk risk, String description) {
    }

    record ReviewInput(Long version, boolean accepted, String note) {
    }

    record RectificationInput(Long version, String note) {
    }

    record InspectionView(Long id, String title, LocalDate plannedOn, String plannedBy, Set<Long> systemIds,
                          Inspection.Department lead, Set<Inspection.Department> coInspectors) {
    }

    record FindingView(Long id, Long inspectionId, Long systemId, Long unitId, Finding.Risk risk, String description,
                       Finding.Status status, LocalDate rectificationDue, boolean overdue,
                       List<Long> suspendedInstanceIds, String recordedBy, Instant recordedAt, String closedBy,
                       Instant closedAt, String lastReviewNote, String rectificationNote, String rectifiedBy,
                       Instant rectifiedAt, long version) {
    }

    InspectionView plan(Actor actor, InspectionInput input) {
        requireInspector(actor);
        String title = SecurityAccess.text(input.title(), 200, "security.inspection.error.titleRequired");
        if (input.plannedOn() == null) {
            throw BusinessRuleException.invalid("security.inspection.error.dateRequired");
        }
        Set<Long> systemIds = new LinkedHashSet<>(input.systemIds() == null ? List.of() : input.systemIds());
        if (systemIds.isEmpty()) {
            throw BusinessRuleException.invalid("security.inspection.error.systemsRequired");
        }
        for (Long systemId : systemIds) {
            if (systemId == null || !systems.existsById(systemId)) {
                throw BusinessRuleException.notFound("error.object.notFound");
            }
        }
        Set<Inspection.Department> coInspectors = EnumSet.noneOf(Inspection.Department.class);
        if (input.coInspectors() != null) {
            input.coInspectors().stream().filter(Objects::nonNull).forEach(coInspectors::add);
        }
        if (coInspectors.contains(Inspection.Department.CAC)) {
            throw BusinessRuleException.invalid("security.inspection.error.leadIsNotCoInspector");
        }
        Inspection inspection = inspections.saveAndFlush(new Inspection(title, input.plannedOn(), systemIds,
                coInspectors, actor.username(), clock.instant()));
        audit.record("security.inspection.plan", INSPECTION_AUDIT_TYPE, inspection.getId(), null,
                "title=" + title + ", on=" + input.plannedOn() + ", systems=" + systemIds + ", lead=CAC, with="
                        + coInspectors);
        return view(inspection);
    }

    FindingView record(Actor actor, Long inspectionId, FindingInput input) {
        requireInspector(actor);
        Inspection inspection = inspections.findById(inspectionId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (input.systemId() == null || !inspection.getSystemIds().contains(input.systemId())) {
            throw BusinessRuleException.invalid("security.finding.error.systemNotInScope");
        }
        if (input.risk() == null) {
            throw BusinessRuleException.invalid("security.finding.error.riskRequired");
        }
        String description = SecurityAccess.text(input.description(), 2000,
                "security.finding.error.descriptionRequired");
        ApplicationSystem system = systems.findById(input.systemId())
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        LocalDate today = today();
        List<Long> suspended = new ArrayList<>();
        LocalDate due = null;
        if (input.risk() == Finding.Risk.HIGH) {
            for (Long instanceId : system.data().instanceIds()) {
                ServiceInstanceStatus status = subscriptions.instance(instanceId).status();
                if (status.canMoveTo(ServiceInstanceStatus.SUSPENDED)) {
                    subscriptions.suspend(instanceId, today, "security finding (Art. 25): " + system.getName());
                    suspended.add(instanceId);
                }
            }
        } else {
            due = calendar.addWorkingDays(today, rectificationWorkingDays);
        }
        Finding finding = findings.saveAndFlush(new Finding(inspectionId, system.getId(), system.getUnitId(),
                input.risk(), description, due, suspended, actor.username(), clock.instant()));
        audit.record("security.finding.record", FINDING_AUDIT_TYPE, finding.getId(), null, finding.describe());
        List<String> arguments = List.of(system.getName(), input.risk().name());
        notices.send(Actor.groupOf(Role.UNIT_LEADER, system.getUnitId()), "security.notice.finding", arguments,
                AccessService.LINK);
        if (!suspended.isEmpty()) {
            notices.send(Role.VENDOR_OPERATOR.name(), "security.notice.suspend", List.of(system.getName()),
                    AccessService.LINK);
        }
        return view(finding, today);
    }

    /** The unit of the finding reports its rectification; the security departments are told to re-inspect. */
    FindingView submitRectification(Actor actor, Long findingId, RectificationInput input) {
        SecurityAccess.requireUnitMember(actor);
        Finding finding = findings.findById(findingId)
                .filter(f -> f.getUnitId().equals(actor.unitId()))
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (finding.getStatus() == Finding.Status.CLOSED) {
            throw BusinessRuleException.conflict("security.finding.error.closed");
        }
        if (input == null || input.version() == null || input.version() != finding.getVersion()) {
            throw BusinessRuleException.conflict("error.concurrentChange");
        }
        String note = SecurityAccess.text(input.note(), 2000, "security.finding.error.rectificationRequired");
        String before = finding.describe();
        finding.submitRectification(note, actor.username(), clock.instant());
        findings.saveAndFlush(finding);
        audit.record("security.finding.rectify", FINDING_AUDIT_TYPE, findingId, before, finding.describe());
        notices.send(Role.SECURITY_VIEWER.name(), "security.notice.rectificationSubmitted",
                List.of(String.valueOf(finding.getId()), actor.unitName()), AccessService.LINK);
        return view(finding, today());
    }

    /** A re-inspection: accepted closes the finding and restores what it suspended; refused leaves it open. */
    FindingView review(Actor actor, Long findingId, ReviewInput input) {
        requireInspector(actor);
        Finding finding = findings.findById(findingId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (finding.getStatus() == Finding.Status.CLOSED) {
            throw BusinessRuleException.conflict("security.finding.error.closed");
        }
        if (input.version() == null || input.version() != finding.getVersion()) {
            throw BusinessRuleException.conflict("error.concurrentChange");
        }
        String note = SecurityAccess.text(input.note(), 2000, "security.finding.error.noteRequired");
        String before = finding.describe();
        finding.review(input.accepted(), note, actor.username(), clock.instant());
        LocalDate today = today();
        if (input.accepted()) {
            for (Long instanceId : finding.suspendedInstanceIds()) {
                if (subscriptions.instance(instanceId).status() == ServiceInstanceStatus.SUSPENDED) {
                    subscriptions.restore(instanceId, today, "rectification accepted (Art. 25), finding "
                            + finding.getId());
                }
            }
        }
        findings.saveAndFlush(finding);
        audit.record(input.accepted() ? "security.finding.accept" : "security.finding.reject", FINDING_AUDIT_TYPE,
                findingId, before, finding.describe());
        notices.send(Actor.groupOf(Role.UNIT_LEADER, finding.getUnitId()), input.accepted()
                ? "security.notice.rectificationAccepted" : "security.notice.rectificationRejected",
                List.of(String.valueOf(finding.getId())), AccessService.LINK);
        return view(finding, today);
    }

    /**
     * Daily: reminds the unit of a rectification due within one working day (once), and tells the unit and the
     * security departments once when a deadline has passed unrectified. Returns [reminded, overdue].
     */
    int[] remindRectifications() {
        LocalDate today = today();
        int reminded = 0;
        int overdue = 0;
        for (Finding finding : findings.findByStatusAndRectificationDueNotNull(Finding.Status.OPEN)) {
            LocalDate due = finding.getRectificationDue();
            List<String> arguments = List.of(String.valueOf(finding.getId()), systemName(finding), due.toString());
            if (today.isAfter(due)) {
                if (finding.getOverdueNoticedAt() == null) {
                    finding.overdueNoticed(clock.instant());
                    notices.send(Actor.groupOf(Role.UNIT_LEADER, finding.getUnitId()),
                            "security.notice.rectificationOverdue", arguments, AccessService.LINK);
                    notices.send(Role.SECURITY_VIEWER.name(), "security.notice.rectificationOverdue", arguments,
                            AccessService.LINK);
                    audit.record("security.finding.overdue", FINDING_AUDIT_TYPE, finding.getId(), null, "due=" + due);
                    overdue++;
                }
            } else if (finding.getRemindedAt() == null && calendar.workingDaysBetween(today, due) <= 1) {
                finding.reminded(clock.instant());
                notices.send(Actor.groupOf(Role.UNIT_LEADER, finding.getUnitId()),
                        "security.notice.rectificationDueSoon", arguments, AccessService.LINK);
                audit.record("security.finding.remind", FINDING_AUDIT_TYPE, finding.getId(), null, "due=" + due);
                reminded++;
            }
        }
        return new int[] {reminded, overdue};
    }

    private String systemName(Finding finding) {
        return systems.findById(finding.getSystemId()).map(ApplicationSystem::getName)
                .orElse(String.valueOf(finding.getSystemId()));
    }

    @Transactional(readOnly = true)
    List<InspectionView> inspections(Actor actor) {
        if (!SecurityAccess.isSupervisor(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return inspections.findAllByOrderByPlannedOnDescIdDesc().stream().map(InspectionService::view).toList();
    }

    @Transactional(readOnly = true)
    List<FindingView> findings(Actor actor, boolean overdueOnly) {
        List<Finding> list;
        if (SecurityAccess.isSupervisor(actor)) {
            list = findings.findAllByOrderByRecordedAtDescIdDesc();
        } else if (SecurityAccess.isUnitMember(actor)) {
            list = findings.findByUnitIdOrderByRecordedAtDescIdDesc(actor.unitId());
        } else {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        LocalDate today = today();
        return list.stream().map(f -> view(f, today)).filter(v -> !overdueOnly || v.overdue()).toList();
    }

    @Transactional(readOnly = true)
    FindingView finding(Actor actor, Long id) {
        Finding finding = findings.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (!SecurityAccess.sees(actor, finding.getUnitId())) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return view(finding, today());
    }

    private static void requireInspector(Actor actor) {
        if (!actor.has(Role.SECURITY_VIEWER)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    private static InspectionView view(Inspection i) {
        return new InspectionView(i.getId(), i.getTitle(), i.getPlannedOn(), i.getPlannedBy(), i.getSystemIds(),
                Inspection.Department.CAC, i.coInspectors());
    }

    private static FindingView view(Finding f, LocalDate today) {
        boolean overdue = f.getStatus() == Finding.Status.OPEN && f.getRectificationDue() != null
                && today.isAfter(f.getRectificationDue());
        return new FindingView(f.getId(), f.getInspectionId(), f.getSystemId(), f.getUnitId(), f.getRisk(),
                f.getDescription(), f.getStatus(), f.getRectificationDue(), overdue, f.suspendedInstanceIds(),
                f.getRecordedBy(), f.getRecordedAt(), f.getClosedBy(), f.getClosedAt(), f.getLastReviewNote(),
                f.getRectificationNote(), f.getRectifiedBy(), f.getRectifiedAt(), f.getVersion());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
    }
}
