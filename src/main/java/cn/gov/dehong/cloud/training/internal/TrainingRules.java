package cn.gov.dehong.cloud.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.training.Audience;
import cn.gov.dehong.cloud.training.TrainingCoverage.CoverageReport;
import cn.gov.dehong.cloud.training.TrainingCoverage.UnitCoverage;

/** The rules of training sessions, registrations and coverage (Art. 33). Plain Java, no Spring. */
final class TrainingRules {

    private TrainingRules() {
    }

    /** A session as the DEC plans it; times are Asia/Shanghai wall-clock times. */
    record SessionInput(String topic, LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink,
                        Audience audience, List<Long> unitIds) {
    }

    record SessionAudience(Long sessionId, Set<Long> unitIds) {
    }

    record ParticipantFact(Long sessionId, Long unitId, String personKey, Boolean attended) {
    }

    static void checkSession(SessionInput input, LocalDateTime now) {
        if (input == null || blank(input.topic()) || input.startsAt() == null || input.endsAt() == null
                || input.audience() == null) {
            throw BusinessRuleException.invalid("training.error.required");
        }
        if (input.topic().trim().length() > 200 || length(input.place()) > 300 || length(input.onlineLink()) > 500) {
            throw BusinessRuleException.invalid("training.error.tooLong");
        }
        if (!input.endsAt().isAfter(input.startsAt())) {
            throw BusinessRuleException.invalid("training.error.endBeforeStart");
        }
        if (!input.startsAt().isAfter(now)) {
            throw BusinessRuleException.invalid("training.error.startPast");
        }
        if (blank(input.place()) && blank(input.onlineLink())) {
            throw BusinessRuleException.invalid("training.error.placeOrLink");
        }
        if (!blank(input.onlineLink()) && !input.onlineLink().trim().matches("(?i)https?://\\S+")) {
            throw BusinessRuleException.invalid("training.error.link");
        }
        if (input.audience() == Audience.LISTED && (input.unitIds() == null || input.unitIds().isEmpty())) {
            throw BusinessRuleException.invalid("training.error.audienceEmpty");
        }
    }

    /** The agency units a session is for; listed ids that are not agencies are refused. */
    static Set<Long> audienceOf(Audience audience, Collection<Long> listed, Collection<UnitView> units) {
        Set<Long> result = new LinkedHashSet<>();
        Map<Long, UnitView> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        switch (audience) {
            case ALL -> units.stream().filter(u -> u.kind() == UnitKind.AGENCY).forEach(u -> result.add(u.id()));
            case COUNTIES -> units.stream().filter(u -> u.kind() == UnitKind.AGENCY && u.countyId() != null)
                    .forEach(u -> result.add(u.id()));
            case LISTED -> {
                for (Long id : listed == null ? List.<Long>of() : listed) {
                    UnitView unit = byId.get(id);
                    if (unit == null || unit.kind() != UnitKind.AGENCY) {
                        throw BusinessRuleException.invalid("training.error.unitUnknown");
                    }
                    result.add(id);
                }
            }
        }
        return result;
    }

    /** The same person: the name without spaces, case-insensitive ("张 三" = "张三"). */
    static String personKey(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static void checkParticipant(String name, String position) {
        if (blank(name) || blank(position)) {
            throw BusinessRuleException.invalid("training.error.participantRequired");
        }
        if (name.trim().length() > 100 || position.trim().length() > 100) {
            throw BusinessRuleException.invalid("training.error.tooLong");
        }
    }

    /**
     * Coverage over the sessions of a period: the audience is the union of the sessions' audiences; a unit is covered
     * when at least one of its participants attended; attendees are distinct persons of the unit.
     */
    static CoverageReport coverage(LocalDate from, LocalDate to, List<SessionAudience> sessions,
                                   List<ParticipantFact> participants, Map<Long, UnitView> units) {
        Map<Long, Integer> offered = new HashMap<>();
        for (SessionAudience session : sessions) {
            session.unitIds().forEach(id -> offered.merge(id, 1, Integer::sum));
        }
        Map<Long, Integer> registered = new HashMap<>();
        Map<Long, Set<String>> attendees = new HashMap<>();
        Map<Long, Set<Long>> attendedSessions = new HashMap<>();
        Set<Long> sessionIds = new HashSet<>();
        sessions.forEach(s -> sessionIds.add(s.sessionId()));
        for (ParticipantFact p : participants) {
            if (!sessionIds.contains(p.sessionId()) || !offered.containsKey(p.unitId())) {
                continue;
            }
            registered.merge(p.unitId(), 1, Integer::sum);
            if (Boolean.TRUE.equals(p.attended())) {
                attendees.computeIfAbsent(p.unitId(), k -> new HashSet<>()).add(p.personKey());
                attendedSessions.computeIfAbsent(p.unitId(), k -> new HashSet<>()).add(p.sessionId());
            }
        }
        List<UnitCoverage> rows = new ArrayList<>();
        for (Long unitId : offered.keySet()) {
            UnitView unit = units.get(unitId);
            rows.add(new UnitCoverage(unitId, unit == null ? String.valueOf(unitId) : unit.name(),
                    unit == null ? null : unit.countyId(), offered.get(unitId),
                    attendedSessions.getOrDefault(unitId, Set.of()).size(), registered.getOrDefault(unitId, 0),
                    attendees.getOrDefault(unitId, Set.of()).size()));
        }
        rows.sort(Comparator.comparing(UnitCoverage::countyId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(UnitCoverage::unitName).thenComparing(UnitCoverage::unitId));
        int covered = (int) rows.stream().filter(UnitCoverage::covered).count();
        BigDecimal ratio = rows.isEmpty() ? null
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(rows.size()), 4, RoundingMode.HALF_UP);
        return new CoverageReport(from, to, sessions.size(), rows.size(), covered, ratio, List.copyOf(rows));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.trim().length();
    }
}
