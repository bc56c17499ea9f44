package cn.gov.dehong.cloud.operations.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;

/**
 * SLA time on the working-day calendar: office hours [{@code officeStart}, {@code officeEnd}) of each working day
 * (Asia/Shanghai), or every minute for round-the-clock targets. Each computation asks the calendar at most three
 * times, however long the period, so that it stays cheap on a ticket that ran for months.
 */
final class WorkingTime {

    private final WorkingDayCalendar calendar;
    private final LocalTime officeStart;
    private final LocalTime officeEnd;
    private final long minutesPerDay;

    WorkingTime(WorkingDayCalendar calendar, LocalTime officeStart, LocalTime officeEnd) {
        this.calendar = calendar;
        this.officeStart = officeStart;
        this.officeEnd = officeEnd;
        this.minutesPerDay = Duration.between(officeStart, officeEnd).toMinutes();
    }

    /** The moment a target of {@code target} runs out when the clock starts at {@code from}. */
    Instant due(Instant from, Duration target, SlaBasis basis) {
        if (basis == SlaBasis.ROUND_THE_CLOCK) {
            return from.plus(target);
        }
        long minutes = target.toMinutes();
        if (minutes <= 0) {
            return from;
        }
        ZonedDateTime start = from.atZone(WorkingDayCalendar.ZONE);
        LocalDate day = start.toLocalDate();
        if (calendar.isWorkingDay(day) && start.toLocalTime().isBefore(officeEnd)) {
            LocalTime begin = start.toLocalTime().isBefore(officeStart) ? officeStart : start.toLocalTime();
            long available = Duration.between(begin, officeEnd).toMinutes();
            if (minutes <= available) {
                return day.atTime(begin).atZone(WorkingDayCalendar.ZONE).plusMinutes(minutes).toInstant();
            }
            minutes -= available;
        }
        int fullDays = (int) ((minutes - 1) / minutesPerDay);
        LocalDate dueDay = calendar.addWorkingDays(day, fullDays + 1);
        long rest = minutes - fullDays * minutesPerDay;
        return dueDay.atTime(officeStart).atZone(WorkingDayCalendar.ZONE).plusMinutes(rest).toInstant();
    }

    /** The SLA minutes that passed between {@code from} and {@code to} (0 when {@code to} is not after {@code from}). */
    long elapsedMinutes(Instant from, Instant to, SlaBasis basis) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (basis == SlaBasis.ROUND_THE_CLOCK) {
            return Duration.between(from, to).toMinutes();
        }
        ZonedDateTime start = from.atZone(WorkingDayCalendar.ZONE);
        ZonedDateTime end = to.atZone(WorkingDayCalendar.ZONE);
        LocalDate first = start.toLocalDate();
        LocalDate last = end.toLocalDate();
        if (first.equals(last)) {
            return calendar.isWorkingDay(first) ? overlap(start.toLocalTime(), end.toLocalTime()) : 0;
        }
        long minutes = 0;
        if (calendar.isWorkingDay(first)) {
            minutes += overlap(start.toLocalTime(), officeEnd);
        }
        if (calendar.isWorkingDay(last)) {
            minutes += overlap(officeStart, end.toLocalTime());
        }
        // working days strictly between the first and the last day
        minutes += (long) calendar.workingDaysBetween(first, last.minusDays(1)) * minutesPerDay;
        return minutes;
    }

    private long overlap(LocalTime from, LocalTime to) {
        LocalTime begin = from.isBefore(officeStart) ? officeStart : from;
        LocalTime end = to.isAfter(officeEnd) ? officeEnd : to;
        return end.isAfter(begin) ? Duration.between(begin, end).toMinutes() : 0;
    }
}
