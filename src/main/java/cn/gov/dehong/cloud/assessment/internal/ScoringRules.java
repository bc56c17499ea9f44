package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.Grade;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.LateItem;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.MeritFigures;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.MeritLine;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.Part;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.QualityFigures;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.ResponseFigures;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.SatisfactionFigures;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.Tally;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.TypeAvailability;

/**
 * Art. 31 as arithmetic, without Spring or a database.
 * <ul>
 * <li>Response: share of timed steps (ticket first responses, vendor process steps) done by their deadline, × 100.
 * A step still open before its deadline is pending and not counted.</li>
 * <li>Satisfaction: average points of the ticket ratings and of the survey answers, mixed by the survey's share
 * (only one of them present: that one).</li>
 * <li>Quality: per service type, availability = 1 − downtime / period (overlapping incidents counted once); 100 at or
 * above the target, 0 at or below the floor, linear between; the mean over the hit types, minus a deduction per
 * critical incident, not below 0. No incident: 100.</li>
 * <li>Merits: base + the merits' points, at most 100.</li>
 * </ul>
 * A part with nothing to measure (no timed step, no rating) scores 100 and says so. Every part score is rounded
 * half-up to 2 decimals, then weighted (score × weight / 100, rounded half-up to 2 decimals); the total is the sum of
 * the weighted parts.
 */
final class ScoringRules {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The breakdown lists at most this many late steps and incident ids (the counts are always complete). */
    static final int MAX_LISTED = 200;

    private ScoringRules() {
    }

    record TimedItem(String source, String reference, String step, Instant dueAt, Instant doneAt) {
    }

    record Outage(Long incidentId, String severity, List<String> serviceTypes, Instant startsAt, Instant endsAt) {
    }

    /**
     * The response part's counts: tickets and vendor steps that count (not pending), those on time, the pending ones,
     * and the first {@link #MAX_LISTED} late items (tickets first, by report time, then steps by deadline).
     */
    record Timeliness(int tickets, int ticketsOnTime, int steps, int stepsOnTime, int pending, List<LateItem> late) {

        /** Classifies timed items at {@code now} (the same rules the database queries count with). */
        static Timeliness classify(List<TimedItem> timed, Instant now) {
            int tickets = 0, ticketsOnTime = 0, steps = 0, stepsOnTime = 0, pending = 0;
            List<LateItem> late = new ArrayList<>();
            for (TimedItem item : timed) {
                boolean done = item.doneAt() != null;
                if (!done && !now.isAfter(item.dueAt())) {
                    pending++;
                    continue;
                }
                boolean onTime = done && !item.doneAt().isAfter(item.dueAt());
                if ("TICKET".equals(item.source())) {
                    tickets++;
                    ticketsOnTime += onTime ? 1 : 0;
                } else {
                    steps++;
                    stepsOnTime += onTime ? 1 : 0;
                }
                if (!onTime && late.size() < MAX_LISTED) {
                    late.add(new LateItem(item.source(), item.reference(), item.step(), item.dueAt(), item.doneAt()));
                }
            }
            return new Timeliness(tickets, ticketsOnTime, steps, stepsOnTime, pending, late);
        }
    }

    record Inputs(Instant from, Instant to, Instant now, Timeliness timeliness, Tally ticketRatings, Tally survey,
                  List<Outage> outages, List<MeritLine> merits) {

        Inputs(Instant from, Instant to, Instant now, List<TimedItem> timed, Tally ticketRatings, Tally survey,
               List<Outage> outages, List<MeritLine> merits) {
            this(from, to, now, Timeliness.classify(timed, now), ticketRatings, survey, outages, merits);
        }
    }

    static ScoreBreakdown score(int ruleVersion, RuleSet rules, Inputs in) {
        // response
        Timeliness t = in.timeliness();
        int tickets = t.tickets(), ticketsOnTime = t.ticketsOnTime(), steps = t.steps(), stepsOnTime = t.stepsOnTime();
        int pending = t.pending();
        List<LateItem> late = t.late();
        int counted = tickets + steps;
        BigDecimal share = counted == 0 ? null : ratio(ticketsOnTime + stepsOnTime, counted);
        BigDecimal responseScore = share == null ? HUNDRED : round(share.multiply(HUNDRED));
        Part response = part(responseScore, rules.weightResponse(), counted == 0);
        ResponseFigures responseFigures = new ResponseFigures(tickets, ticketsOnTime, steps, stepsOnTime, pending,
                share == null ? null : share.setScale(4, RoundingMode.HALF_UP), late);

        // satisfaction
        BigDecimal ticketAverage = average(in.ticketRatings(), rules);
        BigDecimal surveyAverage = average(in.survey(), rules);
        BigDecimal satisfactionScore;
        if (ticketAverage != null && surveyAverage != null) {
            BigDecimal surveyShare = BigDecimal.valueOf(rules.surveyShare());
            satisfactionScore = ticketAverage.multiply(HUNDRED.subtract(surveyShare))
                    .add(surveyAverage.multiply(surveyShare)).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        } else if (ticketAverage != null) {
            satisfactionScore = ticketAverage;
        } else if (surveyAverage != null) {
            satisfactionScore = surveyAverage;
        } else {
            satisfactionScore = HUNDRED;
        }
        Part satisfaction = part(round(satisfactionScore), rules.weightSatisfaction(),
                ticketAverage == null && surveyAverage == null);
        SatisfactionFigures satisfactionFigures = new SatisfactionFigures(in.ticketRatings(), roundOrNull(ticketAverage),
                in.survey(), roundOrNull(surveyAverage), rules.surveyShare());

        // quality
        QualityFigures qualityFigures = quality(rules, in);
        BigDecimal qualityScore = qualityFigures.availabilityScore().subtract(qualityFigures.deduction());
        Part quality = part(round(qualityScore.max(BigDecimal.ZERO)), rules.weightQuality(), false);

        // merits
        BigDecimal points = in.merits().stream().map(MeritLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal meritScore = round(rules.meritBase().add(points).min(HUNDRED));
        Part merits = part(meritScore, rules.weightMerits(), false);

        BigDecimal total = response.weighted().add(satisfaction.weighted()).add(quality.weighted())
                .add(merits.weighted());
        return new ScoreBreakdown(ruleVersion, response, responseFigures, satisfaction, satisfactionFigures, quality,
                qualityFigures, merits, new MeritFigures(in.merits(), rules.meritBase(), points), total, grade(total));
    }

    static Grade grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return Grade.GOOD;
        }
        if (total.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }

    static Part part(BigDecimal score, int weight, boolean noData) {
        BigDecimal weighted = score.multiply(BigDecimal.valueOf(weight)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Part(score, weight, weighted, noData);
    }

    private static QualityFigures quality(RuleSet rules, Inputs in) {
        Instant end = in.to().isBefore(in.now()) ? in.to() : in.now();
        long periodSeconds = Math.max(1, Duration.between(in.from(), end).getSeconds());
        Map<String, List<Instant[]>> intervals = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        int critical = 0;
        int incidents = 0;
        List<Long> ids = new ArrayList<>();
        for (Outage outage : in.outages()) {
            Instant start = outage.startsAt().isBefore(in.from()) ? in.from() : outage.startsAt();
            Instant stop = outage.endsAt() == null || outage.endsAt().isAfter(end) ? end : outage.endsAt();
            if (!outage.startsAt().isBefore(end)) {
                continue;
            }
            if (stop.isBefore(start)) {
                stop = start;
            }
            if (ids.size() < MAX_LISTED) {
                ids.add(outage.incidentId());
            }
            incidents++;
            if ("critical".equalsIgnoreCase(outage.severity())) {
                critical++;
            }
            for (String type : outage.serviceTypes()) {
                intervals.computeIfAbsent(type, k -> new ArrayList<>()).add(new Instant[] {start, stop});
                counts.merge(type, 1, Integer::sum);
            }
        }
        List<TypeAvailability> types = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (var entry : intervals.entrySet()) {
            long down = downtimeSeconds(entry.getValue());
            BigDecimal availability = BigDecimal.ONE
                    .subtract(BigDecimal.valueOf(down).divide(BigDecimal.valueOf(periodSeconds), 12, RoundingMode.HALF_UP))
                    .multiply(HUNDRED).setScale(4, RoundingMode.HALF_UP);
            BigDecimal score = availabilityScore(availability, rules);
            sum = sum.add(score);
            types.add(new TypeAvailability(entry.getKey(), counts.get(entry.getKey()), down / 60, availability, score));
        }
        BigDecimal availabilityScore = types.isEmpty() ? HUNDRED
                : sum.divide(BigDecimal.valueOf(types.size()), 2, RoundingMode.HALF_UP);
        BigDecimal deduction = rules.criticalDeduction().multiply(BigDecimal.valueOf(critical));
        return new QualityFigures(types, availabilityScore, critical, deduction, ids, incidents);
    }

    static BigDecimal availabilityScore(BigDecimal availability, RuleSet rules) {
        if (availability.compareTo(rules.availabilityTarget()) >= 0) {
            return round(HUNDRED);
        }
        if (availability.compareTo(rules.availabilityFloor()) <= 0) {
            return round(BigDecimal.ZERO);
        }
        return availability.subtract(rules.availabilityFloor()).multiply(HUNDRED)
                .divide(rules.availabilityTarget().subtract(rules.availabilityFloor()), 2, RoundingMode.HALF_UP);
    }

    /** Seconds covered by the union of the intervals. */
    static long downtimeSeconds(List<Instant[]> intervals) {
        List<Instant[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(i -> i[0]));
        long total = 0;
        Instant start = null, stop = null;
        for (Instant[] interval : sorted) {
            if (start == null || interval[0].isAfter(stop)) {
                if (start != null) {
                    total += Duration.between(start, stop).getSeconds();
                }
                start = interval[0];
                stop = interval[1];
            } else if (interval[1].isAfter(stop)) {
                stop = interval[1];
            }
        }
        if (start != null) {
            total += Duration.between(start, stop).getSeconds();
        }
        return total;
    }

    private static BigDecimal average(Tally tally, RuleSet rules) {
        if (tally.total() == 0) {
            return null;
        }
        BigDecimal sum = rules.pointsUnsatisfied().multiply(BigDecimal.valueOf(tally.unsatisfied()))
                .add(rules.pointsSatisfied().multiply(BigDecimal.valueOf(tally.satisfied())))
                .add(rules.pointsVerySatisfied().multiply(BigDecimal.valueOf(tally.verySatisfied())));
        return sum.divide(BigDecimal.valueOf(tally.total()), 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_UP);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal roundOrNull(BigDecimal value) {
        return value == null ? null : round(value);
    }
}
