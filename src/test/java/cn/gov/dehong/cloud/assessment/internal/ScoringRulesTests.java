package cn.gov.dehong.cloud.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.Grade;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.MeritLine;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.Tally;
import cn.gov.dehong.cloud.assessment.internal.ScoringRules.Inputs;
import cn.gov.dehong.cloud.assessment.internal.ScoringRules.Outage;
import cn.gov.dehong.cloud.assessment.internal.ScoringRules.TimedItem;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ScoringRulesTests {

    /** The seeded version 1: 30/30/30/10, ratings 0/80/100, survey 50 %, availability 99.9 / 99.0, 5 per critical. */
    static final RuleSet V1 = new RuleSet(30, 30, 30, 10, bd("0"), bd("80"), bd("100"), 50, bd("99.9"), bd("99.0"),
            bd("5"), bd("0"));

    static final AssessmentPeriod Q1 = AssessmentPeriod.parse("2025Q1");

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute).atZone(AssessmentPeriod.ZONE).toInstant();
    }

    static TimedItem item(String source, String ref, Instant due, Instant done) {
        return new TimedItem(source, ref, "step", due, done);
    }

    @Test
    void theFourPartsAndTheWeightedTotalOnAHandComputedQuarter() {
        Instant now = Q1.to().plus(Duration.ofDays(1));
        List<TimedItem> timed = List.of(
                item("TICKET", "GD-1", at(1, 6, 10, 0), at(1, 6, 9, 30)),       // on time
                item("TICKET", "GD-2", at(1, 6, 10, 0), at(1, 6, 10, 0)),       // on the minute: on time
                item("TICKET", "GD-3", at(2, 3, 10, 0), at(2, 3, 10, 1)),       // late
                item("STEP", "SQ-1", at(3, 3, 17, 0), at(3, 2, 12, 0)),         // on time
                item("STEP", "SQ-2", at(3, 20, 17, 0), null),                   // still open after its deadline: late
                item("STEP", "SQ-3", now.plus(Duration.ofDays(1)), null));      // not yet due: pending
        List<Outage> outages = List.of(
                new Outage(1L, "warning", List.of("弹性云主机"), at(2, 1, 10, 0), at(2, 1, 12, 0)),
                new Outage(2L, "warning", List.of("弹性云主机"), at(2, 1, 11, 0), at(2, 1, 13, 0)),
                new Outage(3L, "critical", List.of("云数据库"), at(3, 1, 8, 0), at(3, 1, 8, 1)));
        Inputs in = new Inputs(Q1.from(), Q1.to(), now, timed, new Tally(1, 2, 1), new Tally(0, 2, 2), outages,
                List.of(new MeritLine(1L, "省级表彰", "AWARD", bd("15")), new MeritLine(2L, "创新", "INNOVATION", bd("10"))));

        ScoreBreakdown score = ScoringRules.score(1, V1, in);

        // response: 3 of 5 counted on time (one pending) = 60.00, × 30 % = 18.00
        assertThat(score.responseFigures().ticketCount()).isEqualTo(3);
        assertThat(score.responseFigures().ticketsOnTime()).isEqualTo(2);
        assertThat(score.responseFigures().stepCount()).isEqualTo(2);
        assertThat(score.responseFigures().stepsOnTime()).isEqualTo(1);
        assertThat(score.responseFigures().pending()).isEqualTo(1);
        assertThat(score.responseFigures().late()).extracting(ScoreBreakdown.LateItem::reference)
                .containsExactly("GD-3", "SQ-2");
        assertThat(score.response().score()).isEqualByComparingTo("60.00");
        assertThat(score.response().weighted()).isEqualByComparingTo("18.00");
        // satisfaction: tickets (0 + 2×80 + 100) / 4 = 65, survey (2×80 + 2×100) / 4 = 90, half each = 77.50 → 23.25
        assertThat(score.satisfactionFigures().ticketAverage()).isEqualByComparingTo("65.00");
        assertThat(score.satisfactionFigures().surveyAverage()).isEqualByComparingTo("90.00");
        assertThat(score.satisfaction().score()).isEqualByComparingTo("77.50");
        assertThat(score.satisfaction().weighted()).isEqualByComparingTo("23.25");
        // quality: ECS down 3 h (overlap counted once) of 90 days → 99.8611 % → (0.8611 / 0.9) × 100 = 95.68;
        // the database down 1 min → 99.9992 % → 100; mean 97.84, minus 5 for the critical one = 92.84 → 27.85
        assertThat(score.qualityFigures().serviceTypes()).hasSize(2);
        var ecs = score.qualityFigures().serviceTypes().stream().filter(t -> t.serviceType().equals("弹性云主机"))
                .findFirst().orElseThrow();
        assertThat(ecs.downtimeMinutes()).isEqualTo(180);
        assertThat(ecs.incidents()).isEqualTo(2);
        assertThat(ecs.availability()).isEqualByComparingTo("99.8611");
        assertThat(ecs.score()).isEqualByComparingTo("95.68");
        assertThat(score.qualityFigures().availabilityScore()).isEqualByComparingTo("97.84");
        assertThat(score.qualityFigures().criticalIncidents()).isEqualTo(1);
        assertThat(score.quality().score()).isEqualByComparingTo("92.84");
        assertThat(score.quality().weighted()).isEqualByComparingTo("27.85");
        // merits: 15 + 10 = 25 → 2.50
        assertThat(score.merits().score()).isEqualByComparingTo("25.00");
        assertThat(score.merits().weighted()).isEqualByComparingTo("2.50");
        assertThat(score.total()).isEqualByComparingTo("71.60");
        assertThat(score.grade()).isEqualTo(Grade.PASS);
    }

    @Test
    void aPeriodWithoutDataScoresFullMarksOnResponseSatisfactionAndQualityAndSaysSo() {
        Inputs in = new Inputs(Q1.from(), Q1.to(), Q1.to(), List.of(), new Tally(0, 0, 0), new Tally(0, 0, 0),
                List.of(), List.of());
        ScoreBreakdown score = ScoringRules.score(1, V1, in);
        assertThat(score.response().noData()).isTrue();
        assertThat(score.satisfaction().noData()).isTrue();
        assertThat(score.response().score()).isEqualByComparingTo("100");
        assertThat(score.quality().score()).isEqualByComparingTo("100");
        assertThat(score.merits().score()).isEqualByComparingTo("0");
        assertThat(score.total()).isEqualByComparingTo("90.00");
        assertThat(score.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void partScoresAndWeightedScoresRoundHalfUpToTwoDecimals() {
        // 2 of 3 on time = 66.666… → 66.67; × 30 % = 20.001 → 20.00
        Instant due = at(1, 10, 10, 0);
        List<TimedItem> timed = List.of(item("TICKET", "a", due, due), item("TICKET", "b", due, due),
                item("TICKET", "c", due, due.plusSeconds(1)));
        Inputs in = new Inputs(Q1.from(), Q1.to(), Q1.to(), timed, new Tally(0, 0, 0), new Tally(0, 0, 0), List.of(),
                List.of());
        ScoreBreakdown score = ScoringRules.score(1, V1, in);
        assertThat(score.response().score()).isEqualByComparingTo("66.67");
        assertThat(score.response().weighted()).isEqualByComparingTo("20.00");
        // 0.125 → 0.13 (half-up, not half-even)
        assertThat(ScoringRules.part(bd("12.50"), 1, false).weighted()).isEqualByComparingTo("0.13");
        // satisfaction 1 satisfied, 2 very = 93.333… → 93.33
        Inputs ratings = new Inputs(Q1.from(), Q1.to(), Q1.to(), List.of(), new Tally(0, 1, 2), new Tally(0, 0, 0),
                List.of(), List.of());
        assertThat(ScoringRules.score(1, V1, ratings).satisfaction().score()).isEqualByComparingTo("93.33");
    }

    @Test
    void theBreakdownListsAtMostTwoHundredLateStepsAndIncidentsButCountsAll() {
        List<TimedItem> timed = new java.util.ArrayList<>();
        List<Outage> outages = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Instant due = at(1, 10, 10, 0).plusSeconds(i);
            timed.add(item("TICKET", "GD-" + i, due, due.plusSeconds(60)));
            outages.add(new Outage((long) i, "warning", List.of("弹性云主机"), due, due.plusSeconds(1)));
        }
        Inputs in = new Inputs(Q1.from(), Q1.to(), Q1.to(), timed, new Tally(0, 0, 0), new Tally(0, 0, 0), outages,
                List.of());
        ScoreBreakdown score = ScoringRules.score(1, V1, in);
        assertThat(score.responseFigures().ticketCount()).isEqualTo(250);
        assertThat(score.responseFigures().late()).hasSize(ScoringRules.MAX_LISTED);
        assertThat(score.response().score()).isEqualByComparingTo("0");
        assertThat(score.qualityFigures().incidentCount()).isEqualTo(250);
        assertThat(score.qualityFigures().incidentIds()).hasSize(ScoringRules.MAX_LISTED);
        assertThat(score.qualityFigures().serviceTypes().get(0).incidents()).isEqualTo(250);
    }

    @Test
    void availabilityScoresFullAtTheTargetZeroAtTheFloorAndLinearlyBetween() {
        assertThat(ScoringRules.availabilityScore(bd("99.9000"), V1)).isEqualByComparingTo("100");
        assertThat(ScoringRules.availabilityScore(bd("99.9500"), V1)).isEqualByComparingTo("100");
        assertThat(ScoringRules.availabilityScore(bd("99.0000"), V1)).isEqualByComparingTo("0");
        assertThat(ScoringRules.availabilityScore(bd("98.0000"), V1)).isEqualByComparingTo("0");
        assertThat(ScoringRules.availabilityScore(bd("99.4500"), V1)).isEqualByComparingTo("50.00");
    }

    @Test
    void qualityClipsIncidentsToThePeriodAndNeverGoesBelowZero() {
        // starts a day before the quarter, still going at its end: the whole quarter is down → 0; 3 critical → still 0
        List<Outage> outages = List.of(
                new Outage(1L, "critical", List.of("ZONE:PUBLIC"), Q1.from().minus(Duration.ofDays(1)), null),
                new Outage(2L, "CRITICAL", List.of("对象存储"), at(2, 1, 0, 0), at(2, 1, 0, 30)),
                new Outage(3L, "critical", List.of("对象存储"), at(2, 2, 0, 0), at(2, 2, 0, 30)));
        Inputs in = new Inputs(Q1.from(), Q1.to(), Q1.to().plusSeconds(3600), List.of(), new Tally(0, 0, 0),
                new Tally(0, 0, 0), outages, List.of());
        ScoreBreakdown score = ScoringRules.score(1, V1, in);
        var zone = score.qualityFigures().serviceTypes().stream().filter(t -> t.serviceType().equals("ZONE:PUBLIC"))
                .findFirst().orElseThrow();
        assertThat(zone.downtimeMinutes()).isEqualTo(90L * 24 * 60);
        assertThat(zone.availability()).isEqualByComparingTo("0");
        assertThat(score.qualityFigures().criticalIncidents()).isEqualTo(3);
        assertThat(score.qualityFigures().deduction()).isEqualByComparingTo("15");
        assertThat(score.quality().score()).isEqualByComparingTo("35.00"); // (0 + 100) / 2 − 15
    }

    @Test
    void meritsAreCappedAtOneHundred() {
        RuleSet base = new RuleSet(30, 30, 30, 10, bd("0"), bd("80"), bd("100"), 50, bd("99.9"), bd("99.0"), bd("5"),
                bd("60"));
        Inputs in = new Inputs(Q1.from(), Q1.to(), Q1.to(), List.of(), new Tally(0, 0, 0), new Tally(0, 0, 0),
                List.of(), List.of(new MeritLine(1L, "a", "AWARD", bd("30")), new MeritLine(2L, "b", "AWARD", bd("20"))));
        assertThat(ScoringRules.score(2, base, in).merits().score()).isEqualByComparingTo("100.00");
    }

    @Test
    void theSurveyShareMixesTheTwoSatisfactionSources() {
        RuleSet surveyOnly = new RuleSet(30, 30, 30, 10, bd("0"), bd("80"), bd("100"), 100, bd("99.9"), bd("99.0"),
                bd("5"), bd("0"));
        Inputs in = new Inputs(Q1.from(), Q1.to(), Q1.to(), List.of(), new Tally(4, 0, 0), new Tally(0, 0, 1),
                List.of(), List.of());
        assertThat(ScoringRules.score(2, surveyOnly, in).satisfaction().score()).isEqualByComparingTo("100");
        assertThat(ScoringRules.score(1, V1, in).satisfaction().score()).isEqualByComparingTo("50.00");
    }

    @Test
    void weightsMustSumToOneHundred() {
        RuleSet wrong = new RuleSet(30, 30, 30, 9, bd("0"), bd("80"), bd("100"), 50, bd("99.9"), bd("99.0"), bd("5"),
                bd("0"));
        assertThatThrownBy(wrong::validated).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.getMessageKey()).isEqualTo("assessment.rules.error.weightsSum");
            assertThat(e.getArguments()).containsExactly(99);
        });
        RuleSet negative = new RuleSet(110, -10, 0, 0, bd("0"), bd("80"), bd("100"), 50, bd("99.9"), bd("99.0"),
                bd("5"), bd("0"));
        assertThatThrownBy(negative::validated).hasMessage("assessment.rules.error.weightRange");
        RuleSet floorAboveTarget = new RuleSet(25, 25, 25, 25, bd("0"), bd("80"), bd("100"), 50, bd("99.0"),
                bd("99.5"), bd("5"), bd("0"));
        assertThatThrownBy(floorAboveTarget::validated).hasMessage("assessment.rules.error.availability");
        assertThat(V1.validated()).isEqualTo(V1);
    }

    @Test
    void periodsAreQuartersOrYearsInChinaTime() {
        assertThat(Q1.startsOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(Q1.endsBefore()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(Q1.from()).isEqualTo(Instant.parse("2024-12-31T16:00:00Z"));
        AssessmentPeriod year = AssessmentPeriod.parse(" 2025 ");
        assertThat(year.kind()).isEqualTo(AssessmentPeriod.Kind.YEAR);
        assertThat(year.covers(Q1)).isTrue();
        assertThat(Q1.covers(year)).isFalse();
        assertThat(AssessmentPeriod.parse("2025q4").label()).isEqualTo("2025Q4");
        assertThatThrownBy(() -> AssessmentPeriod.parse("2025Q5")).hasMessage("assessment.error.period");
        assertThatThrownBy(() -> AssessmentPeriod.parse(null)).hasMessage("assessment.error.period");
    }

    @Test
    void evidenceMustBeThereAndMatchItsExtension() {
        byte[] pdf = "%PDF-1.4\n".getBytes();
        assertThat(MeritService.evidenceType(new MeritService.Evidence("奖状.PDF", pdf))).isEqualTo("application/pdf");
        assertThatThrownBy(() -> MeritService.evidenceType(null)).hasMessage("assessment.merit.error.evidenceRequired");
        assertThatThrownBy(() -> MeritService.evidenceType(new MeritService.Evidence("奖状.png", pdf)))
                .hasMessage("assessment.merit.error.evidenceType");
    }
}
