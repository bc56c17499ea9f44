package cn.gov.dehong.cloud.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Read-only sums of what billing charged (the charge lines of the monthly runs, adjustments included), for
 * supervision's figures (Art. 28–30). Nothing is recomputed: these are billing's own amounts. {@code unitIds} null
 * means every unit; the caller has already applied its data scope.
 */
public interface BillingFigures {

    /** Charged amount of one month, unit and product. */
    record SpendRow(YearMonth period, Long unitId, Long productId, String productName, BigDecimal amount) {
    }

    List<SpendRow> spend(YearMonth from, YearMonth to, Collection<Long> unitIds);

    /**
     * Per instance, what billing charged in each month of [from, to] (only months with lines).
     */
    Map<Long, Map<YearMonth, BigDecimal>> instanceCharges(Collection<Long> instanceIds, YearMonth from, YearMonth to);

    /**
     * Per instance, the charge of the latest month up to {@code upTo} that has lines: the monthly fee at stake.
     */
    Map<Long, BigDecimal> latestMonthlyCharge(Collection<Long> instanceIds, YearMonth upTo);

    /**
     * The budget finance set for each unit of {@code unitIds} (null: every unit) in a budget year (Art. 11, 28, 29);
     * units without a budget line are absent.
     */
    Map<Long, BigDecimal> budgets(int budgetYear, Collection<Long> unitIds);
}
