package cn.gov.dehong.cloud.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Change deltas (Art. 9(六)), budgets, amounts and periods as people type them. */
class SmallRulesTests {

    @Test
    void aLowerFeeFreesTheRestOfTheBudgetYearAndAHigherOneIsBorneByTheUnit() {
        // effective 10 May: 22 of 31 days of May, then June to December (7 months)
        ChangeDeltaRules.Delta lower = ChangeDeltaRules.of(LocalDate.of(2025, 5, 10), new BigDecimal("1500.00"),
                new BigDecimal("1200.00"));
        assertThat(lower.direction()).isEqualTo(ChangeDeltaRules.Direction.LOWER);
        assertThat(lower.monthlyDelta()).isEqualByComparingTo("-300.00");
        assertThat(lower.budgetYear()).isEqualTo(2025);
        // 300 × (7 + 22/31) = 2,312.903… → 2,312.90
        assertThat(lower.restOfYearAmount()).isEqualByComparingTo("2312.90");

        ChangeDeltaRules.Delta higher = ChangeDeltaRules.of(LocalDate.of(2025, 12, 1), new BigDecimal("100.00"),
                new BigDecimal("150.00"));
        assertThat(higher.direction()).isEqualTo(ChangeDeltaRules.Direction.RAISE);
        assertThat(higher.restOfYearAmount()).isEqualByComparingTo("50.00");
        assertThat(ChangeDeltaRules.of(LocalDate.of(2025, 3, 1), BigDecimal.TEN, BigDecimal.TEN).direction())
                .isEqualTo(ChangeDeltaRules.Direction.NONE);
    }

    @Test
    void aBudgetWarnsWhenTheCommitmentExceedsIt() {
        BudgetStatus within = BudgetStatus.of(1L, "u", 2025, new BigDecimal("12000.00"), new BigDecimal("5000.00"),
                new BigDecimal("7000.00"), null);
        assertThat(within.committed()).isEqualByComparingTo("12000.00");
        assertThat(within.remaining()).isEqualByComparingTo("0.00");
        assertThat(within.warning()).isFalse();
        BudgetStatus over = BudgetStatus.of(1L, "u", 2025, new BigDecimal("12000.00"), new BigDecimal("5000.00"),
                new BigDecimal("7000.01"), null);
        assertThat(over.warning()).isTrue();
        assertThat(over.remaining()).isEqualByComparingTo("-0.01");
        assertThat(over.stillToBill()).isEqualByComparingTo("7000.01");
        assertThat(BudgetStatus.of(1L, "u", 2025, null, BigDecimal.ONE, BigDecimal.ONE, null).warning()).isFalse();
    }

    @Test
    void amountsHaveAtMostTwoDecimalsAndTheRightSign() {
        assertThat(Amounts.parse("¥1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(Amounts.nonNegative(new BigDecimal("1234.5"))).isEqualTo(new BigDecimal("1234.50"));
        assertThatThrownBy(() -> Amounts.parse("12a")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("billing.error.amountMalformed");
        assertThatThrownBy(() -> Amounts.nonNegative(new BigDecimal("-1"))).hasMessage("billing.error.amountNegative");
        assertThatThrownBy(() -> Amounts.nonNegative(new BigDecimal("1.005"))).hasMessage("billing.error.amountMalformed");
        assertThatThrownBy(() -> Amounts.positive(BigDecimal.ZERO)).hasMessage("billing.error.amountNotPositive");
        assertThatThrownBy(() -> Amounts.nonZero(new BigDecimal("0.00"))).hasMessage("billing.error.amountZero");
        assertThatThrownBy(() -> Amounts.nonNegative(new BigDecimal("1e13"))).hasMessage("billing.error.amountMalformed");
        assertThat(Amounts.nonZero(new BigDecimal("-20.1"))).isEqualTo(new BigDecimal("-20.10"));
    }

    @Test
    void periodsAreWrittenYyyyMm() {
        assertThat(PeriodText.parse("2026-05")).isEqualTo(YearMonth.of(2026, 5));
        assertThat(PeriodText.format(YearMonth.of(2026, 5))).isEqualTo("2026-05");
        for (String bad : new String[] {"2026-13", "2026-5", "26-05", "2026/05", "", "1999-12", "abcd-ef"}) {
            assertThatThrownBy(() -> PeriodText.parse(bad)).as(bad).hasMessage("billing.error.periodMalformed");
        }
        assertThatThrownBy(() -> PeriodText.parse(null)).hasMessage("billing.error.periodMalformed");
    }

    @Test
    void recheckLinesNameTheComponentTheyCorrect() {
        String component = Adjustments.recheckComponent("2025-05", "2025-05-01/PREFECTURE");
        assertThat(component).isEqualTo("RECHECK:2025-05:2025-05-01/PREFECTURE");
        assertThat(Adjustments.originalComponent(LineKind.ADJUSTMENT, component)).isEqualTo("2025-05-01/PREFECTURE");
        assertThat(Adjustments.originalComponent(LineKind.CHARGE, "2025-05-01/COUNTY")).isEqualTo("2025-05-01/COUNTY");
    }
}
