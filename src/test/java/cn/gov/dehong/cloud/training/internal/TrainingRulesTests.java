package cn.gov.dehong.cloud.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.training.Audience;
import cn.gov.dehong.cloud.training.TrainingCoverage.CoverageReport;
import org.junit.jupiter.api.Test;

class TrainingRulesTests {

    private static final UnitView PREFECTURE = unit(1, "德宏州", UnitKind.PREFECTURE, null);
    private static final UnitView COUNTY = unit(2, "芒市", UnitKind.COUNTY, 2L);
    private static final UnitView EDU = unit(10, "州教育体育局", UnitKind.AGENCY, null);
    private static final UnitView TAX = unit(11, "州税务局", UnitKind.AGENCY, null);
    private static final UnitView MANGSHI_EDU = unit(20, "芒市教育局", UnitKind.AGENCY, 2L);
    private static final UnitView MANGSHI_HEALTH = unit(21, "芒市卫健局", UnitKind.AGENCY, 2L);
    private static final List<UnitView> UNITS = List.of(PREFECTURE, COUNTY, EDU, TAX, MANGSHI_EDU, MANGSHI_HEALTH);
    private static final Map<Long, UnitView> BY_ID = Map.of(1L, PREFECTURE, 2L, COUNTY, 10L, EDU, 11L, TAX,
            20L, MANGSHI_EDU, 21L, MANGSHI_HEALTH);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    private static UnitView unit(long id, String name, UnitKind kind, Long county) {
        return new UnitView(id, "C" + id, name, kind, FundingKind.PREFECTURE, null, null, county, 1);
    }

    @Test
    void audiencesAreAgencyUnits() {
        assertThat(TrainingRules.audienceOf(Audience.ALL, null, UNITS)).containsExactlyInAnyOrder(10L, 11L, 20L, 21L);
        assertThat(TrainingRules.audienceOf(Audience.COUNTIES, null, UNITS)).containsExactlyInAnyOrder(20L, 21L);
        assertThat(TrainingRules.audienceOf(Audience.LISTED, List.of(10L, 20L), UNITS)).containsExactly(10L, 20L);
        assertThatThrownBy(() -> TrainingRules.audienceOf(Audience.LISTED, List.of(2L), UNITS))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("training.error.unitUnknown"));
        assertThatThrownBy(() -> TrainingRules.audienceOf(Audience.LISTED, List.of(99L), UNITS))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theSamePersonIgnoresSpacesAndCase() {
        assertThat(TrainingRules.personKey(" 张 三 ")).isEqualTo(TrainingRules.personKey("张三"));
        assertThat(TrainingRules.personKey("Li Ming")).isEqualTo(TrainingRules.personKey("liming"));
        assertThat(TrainingRules.personKey("张三")).isNotEqualTo(TrainingRules.personKey("张山"));
    }

    @Test
    void sessionChecks() {
        rule(new TrainingRules.SessionInput("t", NOW.plusDays(1), NOW.plusDays(1).plusHours(2), null, null,
                Audience.ALL, null), "training.error.placeOrLink");
        rule(new TrainingRules.SessionInput("t", NOW, NOW.plusHours(2), "室", null, Audience.ALL, null),
                "training.error.startPast");
        rule(new TrainingRules.SessionInput("t", NOW.plusDays(1), NOW.plusDays(1), "室", null, Audience.ALL, null),
                "training.error.endBeforeStart");
        rule(new TrainingRules.SessionInput("t", NOW.plusDays(1), NOW.plusDays(2), null, "ftp://x", Audience.ALL, null),
                "training.error.link");
        rule(new TrainingRules.SessionInput("t", NOW.plusDays(1), NOW.plusDays(2), "室", null, Audience.LISTED,
                List.of()), "training.error.audienceEmpty");
        rule(new TrainingRules.SessionInput(" ", NOW.plusDays(1), NOW.plusDays(2), "室", null, Audience.ALL, null),
                "training.error.required");
        TrainingRules.checkSession(new TrainingRules.SessionInput("t", NOW.plusMinutes(1), NOW.plusHours(2), null,
                "https://meeting.example.cn/1", Audience.ALL, null), NOW);
    }

    /**
     * Hand-computed: session 1 for {EDU, MANGSHI_EDU}, session 2 for the counties {MANGSHI_EDU, MANGSHI_HEALTH}.
     * Audience = 3 units. EDU: 张三 attended, 李四 absent → covered, 1 attendee. MANGSHI_EDU: 王五 attended both
     * sessions (1 distinct attendee, 2 sessions), 赵六 registered for session 2 but absent → covered.
     * MANGSHI_HEALTH: nobody → not covered. A participant of TAX (not in the audience) is ignored. Coverage 2/3.
     */
    @Test
    void coverageCountsUnitsWithAtLeastOneAttendeeAndDistinctPersons() {
        var sessions = List.of(new TrainingRules.SessionAudience(1L, Set.of(10L, 20L)),
                new TrainingRules.SessionAudience(2L, Set.of(20L, 21L)));
        var participants = List.of(
                new TrainingRules.ParticipantFact(1L, 10L, "张三", true),
                new TrainingRules.ParticipantFact(1L, 10L, "李四", false),
                new TrainingRules.ParticipantFact(1L, 20L, "王五", true),
                new TrainingRules.ParticipantFact(2L, 20L, "王五", true),
                new TrainingRules.ParticipantFact(2L, 20L, "赵六", null),
                new TrainingRules.ParticipantFact(2L, 11L, "钱七", true),
                new TrainingRules.ParticipantFact(3L, 21L, "孙八", true));
        CoverageReport report = TrainingRules.coverage(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), sessions,
                participants, BY_ID);
        assertThat(report.sessions()).isEqualTo(2);
        assertThat(report.audienceUnits()).isEqualTo(3);
        assertThat(report.coveredUnits()).isEqualTo(2);
        assertThat(report.ratio()).isEqualByComparingTo("0.6667");
        assertThat(report.units()).extracting(u -> u.unitName() + ":" + u.sessionsOffered() + "/" + u.sessionsAttended()
                        + "/" + u.registered() + "/" + u.attendees())
                .containsExactly("州教育体育局:1/1/2/1", "芒市卫健局:1/0/0/0", "芒市教育局:2/2/3/1");
    }

    @Test
    void anEmptyPeriodHasNoRatio() {
        CoverageReport report = TrainingRules.coverage(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), List.of(),
                List.of(), BY_ID);
        assertThat(report.audienceUnits()).isZero();
        assertThat(report.ratio()).isNull();
        assertThat(report.units()).isEmpty();
    }

    private static void rule(TrainingRules.SessionInput input, String key) {
        assertThatThrownBy(() -> TrainingRules.checkSession(input, NOW)).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
