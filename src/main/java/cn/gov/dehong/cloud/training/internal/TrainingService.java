package cn.gov.dehong.cloud.training.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.dehong.cloud.application.Documents;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.training.Audience;
import cn.gov.dehong.cloud.training.TrainingCoverage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 33: the DEC plans sessions and records attendance, units register their people before a session starts.
 * Every change is audited in its transaction.
 */
@Service
@Transactional
class TrainingService implements TrainingCoverage {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String AUDIT_TYPE = "TrainingSession";

    private final TrainingSessionRepository sessions;
    private final TrainingMaterialRepository materials;
    private final ParticipantRepository participants;
    private final Documents store;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final Clock clock;

    TrainingService(TrainingSessionRepository sessions, TrainingMaterialRepository materials,
                    ParticipantRepository participants, Documents store, OrganizationDirectory organization,
                    AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.materials = materials;
        this.participants = participants;
        this.store = store;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    record FileInput(String fileName, byte[] content) {
    }

    record SessionSummary(Long id, String topic, Instant startsAt, Instant endsAt, String place, String onlineLink,
                          Audience audience, int audienceUnits, boolean open) {
    }

    record MaterialView(Long id, String fileName, long size, String sha256) {
    }

    record ParticipantView(Long id, Long unitId, String unitName, String name, String position, String registeredBy,
                           Instant registeredAt, Boolean attended) {
    }

    record SessionView(Long id, String topic, Instant startsAt, Instant endsAt, String place, String onlineLink,
                       Audience audience, List<Long> listedUnitIds, int audienceUnits, boolean open, boolean started,
                       boolean forCallersUnit, List<MaterialView> materials, List<ParticipantView> participants) {
    }

    // ---- DEC ----

    SessionView plan(Actor actor, TrainingRules.SessionInput input, List<FileInput> files) {
        requireDec(actor);
        TrainingRules.checkSession(input, LocalDateTime.ofInstant(clock.instant(), ZONE));
        Set<Long> audience = TrainingRules.audienceOf(input.audience(), input.unitIds(), organization.units());
        Set<Long> listed = input.audience() == Audience.LISTED ? audience : Set.of();
        TrainingSession session = sessions.saveAndFlush(new TrainingSession(input,
                input.startsAt().atZone(ZONE).toInstant(), input.endsAt().atZone(ZONE).toInstant(), listed,
                actor.username(), clock.instant()));
        audit.record("training.plan", AUDIT_TYPE, session.getId(), null,
                "%s %s %s units=%d".formatted(session.getTopic(), input.startsAt(), input.audience(), audience.size()));
        for (FileInput file : files == null ? List.<FileInput>of() : files) {
            attach(actor, session, file);
        }
        return view(actor, session);
    }

    SessionView addMaterial(Actor actor, Long id, FileInput file) {
        requireDec(actor);
        TrainingSession session = load(id);
        if (file == null || file.content() == null || file.content().length == 0) {
            throw BusinessRuleException.invalid("attachment.error.empty");
        }
        attach(actor, session, file);
        return view(actor, session);
    }

    private void attach(Actor actor, TrainingSession session, FileInput file) {
        Documents.StoredDocument stored = store.store(file.fileName(), file.content(), actor.username());
        materials.save(new TrainingMaterial(session.getId(), stored.id(), stored.fileName(), stored.size(),
                stored.sha256(), actor.username()));
        audit.record("training.material", AUDIT_TYPE, session.getId(), null,
                stored.fileName() + " sha256=" + stored.sha256());
    }

    /** Records who was present: the listed participants attended, every other registered one did not. */
    SessionView recordAttendance(Actor actor, Long id, Collection<Long> presentIds) {
        requireDec(actor);
        TrainingSession session = load(id);
        if (clock.instant().isBefore(session.getStartsAt())) {
            throw BusinessRuleException.conflict("training.error.notStarted");
        }
        List<Participant> registered = participants.findBySessionIdOrderByUnitNameAscIdAsc(id);
        Set<Long> present = new HashSet<>(presentIds == null ? List.of() : presentIds);
        Set<Long> known = new HashSet<>();
        registered.forEach(p -> known.add(p.getId()));
        if (!known.containsAll(present)) {
            throw BusinessRuleException.invalid("training.error.participantUnknown");
        }
        for (Participant p : registered) {
            p.attendance(present.contains(p.getId()), actor.username(), clock.instant());
        }
        participants.flush();
        audit.record("training.attendance", AUDIT_TYPE, id, null,
                "present=%d of %d".formatted(present.size(), registered.size()));
        return view(actor, session);
    }

    // ---- units ----

    ParticipantView register(Actor actor, Long id, String name, String position) {
        if (!actor.hasAny(Role.UNIT_APPLICANT, Role.UNIT_LEADER)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        TrainingSession session = load(id);
        if (!audienceOf(session).contains(actor.unitId())) {
            throw BusinessRuleException.forbidden("training.error.notInAudience");
        }
        if (!clock.instant().isBefore(session.getStartsAt())) {
            throw BusinessRuleException.conflict("training.error.registrationClosed");
        }
        TrainingRules.checkParticipant(name, position);
        if (participants.existsBySessionIdAndUnitIdAndPersonKey(id, actor.unitId(), TrainingRules.personKey(name))) {
            throw BusinessRuleException.conflict("training.error.duplicate");
        }
        Participant participant;
        try {
            participant = participants.saveAndFlush(new Participant(id, actor.unitId(), actor.unitName(), name,
                    position, actor.username(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw BusinessRuleException.conflict("training.error.duplicate");
        }
        audit.record("training.register", AUDIT_TYPE, id, null,
                "%s %s (%s)".formatted(actor.unitName(), participant.getPersonName(), participant.getPositionTitle()));
        return participantView(participant);
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    Page<SessionSummary> sessions(Pageable pageable) {
        List<UnitView> units = organization.units();
        Instant now = clock.instant();
        return sessions.findAllByOrderByStartsAtDesc(pageable).map(s -> new SessionSummary(s.getId(), s.getTopic(),
                s.getStartsAt(), s.getEndsAt(), s.getPlace(), s.getOnlineLink(), s.getAudience(),
                TrainingRules.audienceOf(s.getAudience(), s.getListedUnitIds(), units).size(),
                now.isBefore(s.getStartsAt())));
    }

    @Transactional(readOnly = true)
    SessionView session(Actor actor, Long id) {
        return view(actor, load(id));
    }

    @Transactional(readOnly = true)
    Documents.DocumentContent material(Long id, Long materialId) {
        TrainingMaterial material = materials.findById(materialId).filter(m -> m.getSessionId().equals(id))
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        return store.content(material.getAttachmentId());
    }

    /** Coverage as the caller may see it: units only their own rows (scope), supervisors everything. */
    @Transactional(readOnly = true)
    CoverageReport coverage(Actor actor, LocalDate from, LocalDate to) {
        CoverageReport report = coverage(from, to);
        DataScope scope = organization.scopeOf(actor);
        if (scope.all()) {
            return report;
        }
        return new CoverageReport(report.from(), report.to(), report.sessions(), report.audienceUnits(),
                report.coveredUnits(), report.ratio(),
                report.units().stream().filter(u -> scope.includes(u.unitId())).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public CoverageReport coverage(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessRuleException.invalid("training.error.period");
        }
        List<UnitView> units = organization.units();
        Map<Long, UnitView> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<TrainingSession> inPeriod = sessions.findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
                from.atStartOfDay(ZONE).toInstant(), to.plusDays(1).atStartOfDay(ZONE).toInstant());
        List<TrainingRules.SessionAudience> audiences = inPeriod.stream()
                .map(s -> new TrainingRules.SessionAudience(s.getId(),
                        TrainingRules.audienceOf(s.getAudience(), s.getListedUnitIds(), units)))
                .toList();
        List<TrainingRules.ParticipantFact> facts = inPeriod.isEmpty() ? List.of()
                : participants.findBySessionIdIn(inPeriod.stream().map(TrainingSession::getId).toList()).stream()
                .map(p -> new TrainingRules.ParticipantFact(p.getSessionId(), p.getUnitId(), p.getPersonKey(),
                        p.getAttended()))
                .toList();
        return TrainingRules.coverage(from, to, audiences, facts, byId);
    }

    // ---- helpers ----

    private SessionView view(Actor actor, TrainingSession s) {
        Set<Long> audience = audienceOf(s);
        DataScope scope = organization.scopeOf(actor);
        List<ParticipantView> people = (scope.all()
                ? participants.findBySessionIdOrderByUnitNameAscIdAsc(s.getId())
                : participants.findBySessionIdAndUnitIdInOrderByIdAsc(s.getId(), scope.unitIds()))
                .stream().map(TrainingService::participantView).toList();
        List<MaterialView> files = materials.findBySessionIdOrderByIdAsc(s.getId()).stream()
                .map(m -> new MaterialView(m.getId(), m.getFileName(), m.getFileSize(), m.getSha256())).toList();
        Instant now = clock.instant();
        return new SessionView(s.getId(), s.getTopic(), s.getStartsAt(), s.getEndsAt(), s.getPlace(),
                s.getOnlineLink(), s.getAudience(), s.getListedUnitIds().stream().sorted().toList(), audience.size(),
                now.isBefore(s.getStartsAt()), !now.isBefore(s.getStartsAt()), audience.contains(actor.unitId()),
                files, people);
    }

    private static ParticipantView participantView(Participant p) {
        return new ParticipantView(p.getId(), p.getUnitId(), p.getUnitName(), p.getPersonName(), p.getPositionTitle(),
                p.getRegisteredBy(), p.getRegisteredAt(), p.getAttended());
    }

    private Set<Long> audienceOf(TrainingSession session) {
        return TrainingRules.audienceOf(session.getAudience(), session.getListedUnitIds(), organization.units());
    }

    private TrainingSession load(Long id) {
        return sessions.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    static void requireDec(Actor actor) {
        if (!actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static boolean isDec(Actor actor) {
        return actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR);
    }
}
