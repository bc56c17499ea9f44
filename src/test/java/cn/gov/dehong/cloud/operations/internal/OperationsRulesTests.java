package cn.gov.dehong.cloud.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.dehong.cloud.operations.TicketSeverity;
import cn.gov.dehong.cloud.operations.internal.CustodyRules.AgreementState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The rules of bulletins, drills, custody, log retention and SLA configuration, without Spring. */
class OperationsRulesTests {

    // ---- Art. 26: a bulletin every month --------------------------------------------------------------------

    @Test
    void missingBulletinMonthsAreTheOverMonthsOfThisYearWithoutOne() {
        LocalDate today = LocalDate.of(2026, 5, 15);
        assertThat(BulletinRules.missingMonths(Set.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3)), 2026, today))
                .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 4));
        // the current month is not due yet; last year's months are not this list's business
        assertThat(BulletinRules.missingMonths(Set.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                YearMonth.of(2026, 3), YearMonth.of(2026, 4)), 2026, today)).isEmpty();
        // in January nothing of this year is over yet
        assertThat(BulletinRules.missingMonths(Set.of(), 2026, LocalDate.of(2027, 1, 31))).isEmpty();
        // before tracking started nothing is flagged
        assertThat(BulletinRules.missingMonths(Set.of(), 2027, today)).isEmpty();
    }

    @Test
    void aBulletinBodyIsKeptAsPlainText() {
        assertThat(BulletinRules.plainText("<script>alert('x')</script><h1>标题</h1>\r\n<p onclick=\"x()\">正文</p>"))
                .isEqualTo("标题\n正文");
        assertThat(BulletinRules.plainText("<style>p{}</style>  a < b  ")).isEqualTo("a < b");
        assertThat(BulletinRules.plainText("line\u0000one\tand\u0007two")).isEqualTo("lineone\tandtwo");
        assertThat(BulletinRules.plainText(null)).isEmpty();
    }

    // ---- Art. 26: an emergency drill every year -------------------------------------------------------------

    @Test
    void aYearWithoutAnEmergencyDrillIsFlaggedOnceItIsOver() {
        LocalDate today = LocalDate.of(2028, 3, 1);
        assertThat(DrillRules.yearsWithoutEmergencyDrill(Set.of(2026), 2026, today)).containsExactly(2027);
        assertThat(DrillRules.yearsWithoutEmergencyDrill(Set.of(2026, 2027), 2026, today)).isEmpty();
        // tracking starts in 2027: 2026 is never flagged
        assertThat(DrillRules.yearsWithoutEmergencyDrill(Set.of(), 2027, today)).containsExactly(2027);
        // the current year is only due
        assertThat(DrillRules.yearsWithoutEmergencyDrill(Set.of(), 2028, today)).isEmpty();
        assertThat(DrillRules.dueThisYear(Set.of(2027), today)).isTrue();
        assertThat(DrillRules.dueThisYear(Set.of(2028), today)).isFalse();
    }

    // ---- Art. 20: custody agreements ------------------------------------------------------------------------

    @Test
    void anAgreementEndingWithinThirtyDaysIsExpiring() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThat(CustodyRules.state(start, today.plusDays(29), today, 30)).isEqualTo(AgreementState.EXPIRING);
        assertThat(CustodyRules.state(start, today, today, 30)).isEqualTo(AgreementState.EXPIRING);
        assertThat(CustodyRules.state(start, today.plusDays(30), today, 30)).isEqualTo(AgreementState.VALID);
        assertThat(CustodyRules.state(start, today.minusDays(1), today, 30)).isEqualTo(AgreementState.EXPIRED);
        assertThat(CustodyRules.state(today.plusDays(1), today.plusDays(400), today, 30))
                .isEqualTo(AgreementState.NOT_STARTED);
        assertThat(CustodyRules.covers(start, today, today)).isTrue();
        assertThat(CustodyRules.covers(start, today, today.plusDays(1))).isFalse();
        assertThat(CustodyRules.covers(start, today, start.minusDays(1))).isFalse();
    }

    // ---- Art. 17: log retention -----------------------------------------------------------------------------

    @Test
    void theRetentionCutOffNeverReachesAnEntryYoungerThanAYear() {
        Instant now = Instant.parse("2026-11-26T02:00:00Z");
        Instant cutoff = RetentionRules.cutoff(now, 365);
        assertThat(RetentionRules.archivable(now.minus(Duration.ofDays(366)), cutoff)).isTrue();
        assertThat(RetentionRules.archivable(now.minus(Duration.ofDays(365)), cutoff)).isFalse();
        assertThat(RetentionRules.archivable(now.minus(Duration.ofDays(364)), cutoff)).isFalse();
        assertThat(RetentionRules.archivable(now.minus(Duration.ofDays(366)), RetentionRules.cutoff(now, 400))).isFalse();
        assertThatThrownBy(() -> RetentionRules.cutoff(now, 364)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRetentionBelow365DaysIsRejectedAtStartup() {
        assertThat(bindRetention(Map.of()).retentionDays()).isEqualTo(400);
        assertThat(bindRetention(Map.of("dehong.audit.retention-days", "365")).retentionDays()).isEqualTo(365);
        assertThatThrownBy(() -> bindRetention(Map.of("dehong.audit.retention-days", "300")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("at least 365");
    }

    private static AuditRetentionSettings bindRetention(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("dehong.audit", AuditRetentionSettings.class);
    }

    // ---- SLA configuration ----------------------------------------------------------------------------------

    @Test
    void slaTargetsAreConfigurablePerSeverityAndKeepTheirDefaults() {
        OperationsProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "dehong.operations.sla.high.response", "1h",
                "dehong.operations.sla.low.basis", "ROUND_THE_CLOCK")))
                .bindOrCreate("dehong.operations", OperationsProperties.class);
        assertThat(properties.target(TicketSeverity.HIGH).response()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.target(TicketSeverity.HIGH).resolution()).isEqualTo(Duration.ofHours(8));
        assertThat(properties.target(TicketSeverity.LOW).basis()).isEqualTo(SlaBasis.ROUND_THE_CLOCK);
        assertThat(properties.target(TicketSeverity.CRITICAL))
                .isEqualTo(OperationsProperties.defaultSla().get(TicketSeverity.CRITICAL));
        assertThat(OperationsProperties.defaults().officeStart()).hasToString("09:00");
        assertThat(List.of(TicketSeverity.values())).allMatch(s -> properties.target(s) != null);
    }
}
