package cn.gov.dehong.cloud.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MonthsOfUseTests {

    @Test
    void aMonthWithAnyDayOfUseCounts() {
        // production from 2026-10-08, terminated 2027-04-30: Oct..Apr = 7 months (Art. 9(七))
        assertThat(MonthsOfUse.count(LocalDate.of(2026, 10, 8), LocalDate.of(2027, 4, 30))).isEqualTo(7);
        assertThat(MonthsOfUse.count(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1))).isEqualTo(2);
        assertThat(MonthsOfUse.count(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 8))).isEqualTo(1);
    }

    @Test
    void anEndBeforeTheStartIsNoUse() {
        assertThat(MonthsOfUse.count(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 7))).isZero();
    }

    @Test
    void theFirstYearEndsTheDayBeforeTheAnniversary() {
        LocalDate start = LocalDate.of(2026, 10, 8);
        assertThat(MonthsOfUse.withinFirstYear(start, LocalDate.of(2027, 10, 7))).isTrue();
        assertThat(MonthsOfUse.withinFirstYear(start, LocalDate.of(2027, 10, 8))).isFalse();
    }
}
