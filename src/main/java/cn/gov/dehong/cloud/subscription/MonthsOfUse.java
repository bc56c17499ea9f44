package cn.gov.dehong.cloud.subscription;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Art. 9(七): a service terminated before a full year of use is paid "按实际使用月", by the months actually used.
 * Default reading: a calendar month with any day of use counts as a month of use.
 */
public final class MonthsOfUse {

    private MonthsOfUse() {
    }

    /** Calendar months touched by the production period [billingStart, lastDay], both inclusive. */
    public static int count(LocalDate billingStart, LocalDate lastDay) {
        if (lastDay.isBefore(billingStart)) {
            return 0;
        }
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(billingStart), YearMonth.from(lastDay)) + 1;
    }

    /** Whether a service ending on {@code lastDay} is terminated within its first year of production. */
    public static boolean withinFirstYear(LocalDate billingStart, LocalDate lastDay) {
        return lastDay.isBefore(billingStart.plusYears(1));
    }
}
