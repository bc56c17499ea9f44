package cn.gov.dehong.cloud.calendar.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import cn.gov.dehong.cloud.calendar.Deadline;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;

/**
 * The working-day arithmetic on a given set of listed days, without any storage, so that it can be tested against
 * the official data by hand. Only knows the days it is given: the caller must pass every listed day of the period it
 * asks about.
 */
final class WorkingDayRules {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    WorkingDayRules(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    static WorkingDayRules of(Collection<DayEntry> entries) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (DayEntry entry : entries) {
            (entry.kind() == DayKind.HOLIDAY ? holidays : workdays).add(entry.date());
        }
        return new WorkingDayRules(holidays, workdays);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        return makeUpWorkdays.contains(date) || !isWeekend(date);
    }

    /** The start day never counts, whatever it is: a step begun on a holiday has its first day on the next working day. */
    LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The start instant is read as a Shanghai calendar day: a step begun at 00:30 Beijing time on Friday starts on
     * Friday, although it is still Thursday in UTC. Uncertain unless every year from the start to the due day is official.
     */
    Deadline deadline(Instant start, int workingDays, Set<Integer> officialYears) {
        LocalDate from = LocalDate.ofInstant(start, WorkingDayCalendar.ZONE);
        LocalDate due = addWorkingDays(from, workingDays);
        Instant dueAt = due.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant().minusMillis(1);
        boolean certain = IntStream.rangeClosed(from.getYear(), due.getYear()).allMatch(officialYears::contains);
        return new Deadline(due, dueAt, certain);
    }
}
