package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;

/**
 * A unit's budget year (Art. 11, 28, 29): {@code consumed} is what the year's periods charged so far;
 * {@code committed} adds what the services in production will cost in the months not yet billed, to December;
 * {@code remaining = budget − committed}; {@code warning} when the committed amount exceeds the budget.
 * {@code budget} is null while finance has not set one.
 */
public record BudgetStatus(Long unitId, String unitName, int year, BigDecimal budget, BigDecimal consumed,
                           BigDecimal committed, BigDecimal remaining, boolean warning, String note) {

    static BudgetStatus of(Long unitId, String unitName, int year, BigDecimal budget, BigDecimal consumed,
                           BigDecimal stillToBill, String note) {
        BigDecimal committed = consumed.add(stillToBill);
        BigDecimal remaining = budget == null ? null : budget.subtract(committed);
        boolean warning = budget != null && committed.compareTo(budget) > 0;
        return new BudgetStatus(unitId, unitName, year, budget, consumed, committed, remaining, warning, note);
    }

    public BigDecimal stillToBill() {
        return committed.subtract(consumed);
    }
}
