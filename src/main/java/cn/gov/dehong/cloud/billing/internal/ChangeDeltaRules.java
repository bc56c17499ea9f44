package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Art. 9(六): after a change, a lower monthly fee frees money that the finance bureau uses elsewhere ("由州财政局统筹
 * 利用"); a higher one is borne by the unit's own funds ("由使用单位自行解决"). Both are counted for the rest of the
 * budget year (the calendar year): the change month from the effective day, by calendar days as metering splits it,
 * then every month to December.
 */
final class ChangeDeltaRules {

    private ChangeDeltaRules() {
    }

    enum Direction { LOWER, RAISE, NONE }

    record Delta(BigDecimal monthlyDelta, Direction direction, int budgetYear, BigDecimal restOfYearAmount) {
    }

    static Delta of(LocalDate effectiveOn, BigDecimal oldFee, BigDecimal newFee) {
        BigDecimal monthly = newFee.subtract(oldFee).setScale(2, RoundingMode.HALF_UP);
        Direction direction = monthly.signum() < 0 ? Direction.LOWER : monthly.signum() > 0 ? Direction.RAISE : Direction.NONE;
        YearMonth month = YearMonth.from(effectiveOn);
        int daysLeft = (int) ChronoUnit.DAYS.between(effectiveOn, month.atEndOfMonth()) + 1;
        int fullMonthsAfter = 12 - month.getMonthValue();
        BigDecimal months = BigDecimal.valueOf(fullMonthsAfter).add(BigDecimal.valueOf(daysLeft)
                .divide(BigDecimal.valueOf(month.lengthOfMonth()), 10, RoundingMode.HALF_UP));
        BigDecimal rest = monthly.abs().multiply(months).setScale(2, RoundingMode.HALF_UP);
        return new Delta(monthly, direction, effectiveOn.getYear(), rest);
    }
}
