package cn.gov.dehong.cloud.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.supervision.internal.FundPerformance.Row;
import org.junit.jupiter.api.Test;

/** Utilisation of the budget and the sort order of the fund-performance table, on hand-computed rows. */
class FundPerformanceServiceTests {

    private static Row row(String code, String budget, String actual, String idle) {
        BigDecimal b = budget == null ? null : new BigDecimal(budget);
        BigDecimal a = new BigDecimal(actual);
        return new Row((long) code.hashCode(), code, code, 0L, null, b, a, FundPerformanceService.utilisation(a, b),
                new BigDecimal(idle), 0, 0);
    }

    @Test
    void utilisationIsActualOverBudgetWithoutABudgetNone() {
        assertThat(FundPerformanceService.utilisation(new BigDecimal("616.00"), new BigDecimal("1000.00")))
                .isEqualByComparingTo("0.6160");
        assertThat(FundPerformanceService.utilisation(new BigDecimal("200.00"), new BigDecimal("300.00")))
                .isEqualByComparingTo("0.6667");
        assertThat(FundPerformanceService.utilisation(new BigDecimal("1200.00"), new BigDecimal("1000.00")))
                .isEqualByComparingTo("1.2000");
        assertThat(FundPerformanceService.utilisation(new BigDecimal("10.00"), null)).isNull();
        assertThat(FundPerformanceService.utilisation(new BigDecimal("10.00"), BigDecimal.ZERO)).isNull();
        assertThat(row("A", "1000.00", "1200.00", "0").overBudget()).isTrue();
        assertThat(row("A", "1000.00", "1000.00", "0").overBudget()).isFalse();
        assertThat(row("A", null, "1000.00", "0").overBudget()).isFalse();
    }

    @Test
    void rowsWithoutABudgetSortLastInBothDirectionsTiesByUnitCode() {
        List<Row> rows = new ArrayList<>(List.of(row("C", "100.00", "50.00", "10.00"), row("A", null, "80.00", "0"),
                row("B", "100.00", "90.00", "10.00"), row("D", "100.00", "50.00", "30.00")));
        rows.sort(FundPerformanceService.comparator("utilisation", true));
        assertThat(rows).extracting(Row::unitCode).containsExactly("B", "C", "D", "A");
        rows.sort(FundPerformanceService.comparator("utilisation", false));
        assertThat(rows).extracting(Row::unitCode).containsExactly("C", "D", "B", "A");
        rows.sort(FundPerformanceService.comparator("idle", true));
        assertThat(rows).extracting(Row::unitCode).containsExactly("D", "B", "C", "A");
        rows.sort(FundPerformanceService.comparator("unit", false));
        assertThat(rows).extracting(Row::unitCode).containsExactly("A", "B", "C", "D");
    }
}
