package cn.gov.dehong.cloud.operations.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.gov.dehong.cloud.calendar.Deadline;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;

/**
 * The 2026 official arrangement around the Mid-Autumn and National Day holidays (from calendar/cn-workday-calendar.csv):
 * Sun 09-20 is a make-up workday, 09-25..09-27 and 10-01..10-07 are holidays, Sat 10-10 is a make-up workday.
 */
class FakeCalendar implements WorkingDayCalendar {

    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26), LocalDate.of(2026, 9, 27),
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4),
            LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
    private static final Set<LocalDate> MAKE_UP_DAYS = Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));

    int calls;

    @Override
    public boolean isWorkingDay(LocalDate date) {
        calls++;
        return working(date);
    }

    private static boolean working(LocalDate date) {
        if (MAKE_UP_DAYS.contains(date)) {
            return true;
        }
        if (HOLIDAYS.contains(date)) {
            return false;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        calls++;
        LocalDate day = start;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (working(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public Deadline deadline(Instant start, int workingDays) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        calls++;
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public YearStatus yearStatus(int year) {
        return YearStatus.OFFICIAL;
    }
}
