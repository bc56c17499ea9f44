package cn.gov.dehong.cloud.operations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.operations.DrillKind;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Drills (Art. 13, 15, 26): the vendor plans them with a window in the future and declares that they do not affect
 * the units' business; participating units acknowledge and record whether they took part and what they found; the
 * vendor attaches the report, which completes the drill. Units see the drills they take part in.
 */
@Service
@Transactional
class DrillService {

    static final String AUDIT_TYPE = "Drill";
    static final String FILE_OWNER = "DRILL";

    private final DrillRepository drills;
    private final DrillUnitRepository participants;
    private final OperationsFiles files;
    private final OpsFileRepository fileViews;
    private final OrganizationDirectory organization;
    private final Notices notices;
    private final AuditLog audit;
    private final OperationsProperties properties;
    private final Clock clock;

    DrillService(DrillRepository drills, DrillUnitRepository participants, OperationsFiles files,
                 OpsFileRepository fileViews, OrganizationDirectory organization, Notices notices, AuditLog audit,
                 OperationsProperties properties, Clock clock) {
        this.drills = drills;
        this.participants = participants;
        this.files = files;
        this.fileViews = fileViews;
        this.organization = organization;
        this.notices = notices;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    record DrillInput(DrillKind kind, String title, String scenario, LocalDateTime windowStart,
                      LocalDateTime windowEnd, List<Long> unitIds, boolean noBusinessImpact) {
    }

    record DrillView(Long id, DrillKind kind, String title, String scenario, Instant windowStart, Instant windowEnd,
                     boolean noBusinessImpact, DrillStatus status, String summary, String plannedBy,
                     Instant completedAt, int units, long acknowledged, long tookPart,
                     List<DrillUnit.ParticipantView> participants, List<FileView> reports) {
    }

    record DrillFlags(List<Integer> yearsWithoutEmergencyDrill, boolean emergencyDrillDueThisYear) {
    }

    DrillView plan(Actor actor, DrillInput input) {
        Access.requireVendor(actor);
        if (input.kind() == null) {
            throw BusinessRuleException.invalid("operations.drill.error.kindRequired");
        }
        String title = Access.text(input.title(), 200, "operations.drill.error.titleRequired");
        String scenario = Access.text(input.scenario(), 4000, "operations.drill.error.scenarioRequired");
        if (input.windowStart() == null || input.windowEnd() == null) {
            throw BusinessRuleException.invalid("operations.drill.error.windowRequired");
        }
        Instant start = input.windowStart().atZone(WorkingDayCalendar.ZONE).toInstant();
        Instant end = input.windowEnd().atZone(WorkingDayCalendar.ZONE).toInstant();
        Instant now = clock.instant();
        if (!start.isAfter(now)) {
            throw BusinessRuleException.invalid("operations.drill.error.windowPast");
        }
        if (!end.isAfter(start)) {
            throw BusinessRuleException.invalid("operations.drill.error.windowOrder");
        }
        if (!input.noBusinessImpact()) {
            throw BusinessRuleException.invalid("operations.drill.error.impactDeclaration");
        }
        Set<Long> unitIds = input.unitIds() == null ? Set.of() : new LinkedHashSet<>(input.unitIds());
        if (unitIds.isEmpty()) {
            throw BusinessRuleException.invalid("operations.drill.error.unitsRequired");
        }
        List<UnitView> units = unitIds.stream().map(organization::unit).toList();
        for (UnitView unit : units) {
            if (!unit.isAgency()) {
                throw BusinessRuleException.invalid("operations.drill.error.notAgency", unit.name());
            }
        }
        Drill drill = drills.saveAndFlush(new Drill(input.kind(), title, scenario, start, end, actor.username(), now));
        String link = "/operations/drills/" + drill.getId();
        String window = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(input.windowStart())
                + " ~ " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(input.windowEnd());
        for (UnitView unit : units) {
            participants.save(new DrillUnit(drill.getId(), unit.id(), unit.name()));
            List<String> args = List.of(title, window);
            notices.send(Actor.groupOf(Role.UNIT_LEADER, unit.id()), "operations.notice.drillPlanned", args, link);
            notices.send(Actor.groupOf(Role.UNIT_APPLICANT, unit.id()), "operations.notice.drillPlanned", args, link);
        }
        audit.record("drill.plan", AUDIT_TYPE, drill.getId(), null, drill.describe() + ", units="
                + units.stream().map(UnitView::name).collect(Collectors.joining("、")));
        return view(drill);
    }

    DrillView acknowledge(Actor actor, Long id) {
        DrillUnit participant = ownParticipation(actor, id);
        participant.acknowledge(clock.instant(), actor.username());
        audit.record("drill.acknowledge", AUDIT_TYPE, id, null, "unit=" + actor.unitName());
        return view(load(id));
    }

    /** Participation and findings, once the drill window has begun. */
    DrillView recordParticipation(Actor actor, Long id, Boolean participated, String findings) {
        DrillUnit participant = ownParticipation(actor, id);
        Drill drill = load(id);
        if (clock.instant().isBefore(drill.getWindowStart())) {
            throw BusinessRuleException.conflict("operations.drill.error.notStarted");
        }
        if (participated == null) {
            throw BusinessRuleException.invalid("operations.drill.error.participationRequired");
        }
        String text = Access.optional(findings, 4000);
        participant.record(participated, text, clock.instant(), actor.username());
        audit.record("drill.participation", AUDIT_TYPE, id, null, "unit=%s, participated=%s, findings=%s"
                .formatted(actor.unitName(), participated, text));
        return view(drill);
    }

    /** The vendor attaches the drill report; the drill is completed (and counts for the yearly flag). */
    DrillView attachReport(Actor actor, Long id, MultipartFile report, String summary) {
        Access.requireVendor(actor);
        Drill drill = load(id);
        if (report == null || report.isEmpty()) {
            throw BusinessRuleException.invalid("operations.drill.error.reportRequired");
        }
        String before = drill.describe();
        drill.complete(Access.optional(summary, 4000), clock.instant());
        OpsFile stored = files.store(FILE_OWNER, id, report, actor.username());
        audit.record("drill.report", AUDIT_TYPE, id, before, drill.describe() + ", report=" + stored.getFileName()
                + " sha256=" + stored.getSha256());
        return view(drill);
    }

    @Transactional(readOnly = true)
    DrillView details(Actor actor, Long id) {
        Drill drill = load(id);
        requireVisible(actor, drill);
        return view(drill);
    }

    @Transactional(readOnly = true)
    Page<DrillView> list(Actor actor, Pageable pageable) {
        DataScope scope = organization.scopeOf(actor);
        Page<Drill> page = scope.all() ? drills.findAllBy(pageable)
                : drills.findWithParticipants(scope.unitIds().isEmpty() ? Set.of(-1L) : scope.unitIds(), pageable);
        return page.map(this::view);
    }

    @Transactional(readOnly = true)
    DrillFlags flags() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
        Set<Integer> held = drills.findWindowStarts(DrillKind.EMERGENCY, DrillStatus.COMPLETED).stream()
                .map(start -> start.atZone(WorkingDayCalendar.ZONE).getYear()).collect(Collectors.toSet());
        return new DrillFlags(DrillRules.yearsWithoutEmergencyDrill(held, properties.trackingStartYear(), today),
                DrillRules.dueThisYear(held, today));
    }

    @Transactional(readOnly = true)
    org.springframework.http.ResponseEntity<byte[]> report(Actor actor, Long id, Long fileId) {
        requireVisible(actor, load(id));
        return files.download(FILE_OWNER, id, fileId);
    }

    private void requireVisible(Actor actor, Drill drill) {
        DataScope scope = organization.scopeOf(actor);
        if (scope.all()) {
            return;
        }
        boolean takesPart = participants.findByDrillIdOrderByUnitNameAsc(drill.getId()).stream()
                .anyMatch(p -> scope.includes(p.getUnitId()));
        if (!takesPart) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
    }

    private DrillUnit ownParticipation(Actor actor, Long id) {
        Drill drill = load(id);
        requireVisible(actor, drill);
        if (!Access.isUnitMember(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return participants.findByDrillIdAndUnitId(id, actor.unitId())
                .orElseThrow(() -> BusinessRuleException.forbidden("error.forbidden"));
    }

    private DrillView view(Drill d) {
        List<DrillUnit.ParticipantView> units = participants.findByDrillIdOrderByUnitNameAsc(d.getId()).stream()
                .map(DrillUnit::toView).toList();
        return new DrillView(d.getId(), d.getKind(), d.getTitle(), d.getScenario(), d.getWindowStart(),
                d.getWindowEnd(), d.isNoBusinessImpact(), d.getStatus(), d.getSummary(), d.getPlannedBy(),
                d.getCompletedAt(), units.size(), units.stream().filter(u -> u.acknowledgedAt() != null).count(),
                units.stream().filter(u -> Boolean.TRUE.equals(u.participated())).count(), units,
                fileViews.findViews(FILE_OWNER, d.getId()));
    }

    private Drill load(Long id) {
        return drills.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }
}
