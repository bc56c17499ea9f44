package cn.gov.dehong.cloud.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working-day arithmetic on the official calendar. Saturdays and Sundays are rest days unless listed as make-up
 * workdays; listed holidays are rest days. Nothing is cached: an administrator's edit counts at once on every
 * instance.
 */
public interface WorkingDayCalendar {

    ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    boolean isWorkingDay(LocalDate date);

    /**
     * The day on which a period of {@code workingDays} working days that starts after {@code start} ends: the
     * start day itself never counts. {@code addWorkingDays(Friday, 1)} is the next working day.
     */
    LocalDate addWorkingDays(LocalDate start, int workingDays);

    /** The deadline of a step that begins at {@code start}: the end (23:59:59.999, Asia/Shanghai) of the due day. */
    Deadline deadline(Instant start, int workingDays);

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after {@code from}). */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Whether the State Council arrangement for a year is loaded (official), only provisional, or missing. */
    YearStatus yearStatus(int year);

    enum YearStatus { OFFICIAL, PROVISIONAL, MISSING }
}
