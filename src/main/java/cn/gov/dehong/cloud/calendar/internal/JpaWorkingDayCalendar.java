package cn.gov.dehong.cloud.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.calendar.Deadline;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the listed days of just the period asked about on every call: two instances share the database, and an
 * administrator's edit must count on both at once, so there is deliberately no cache.
 */
@Service
@Transactional(readOnly = true)
class JpaWorkingDayCalendar implements WorkingDayCalendar {

    /** Beyond the weekends, a year has about 30 listed rest days, at most 9 in a row (Spring Festival). */
    private static final int SPARE_DAYS = 30;

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;

    JpaWorkingDayCalendar(CalendarDayRepository days, CalendarYearRepository years) {
        this.days = days;
        this.years = years;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return rules(date, date).isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return rulesCovering(start, workingDays).addWorkingDays(start, workingDays);
    }

    @Override
    public Deadline deadline(Instant start, int workingDays) {
        LocalDate from = LocalDate.ofInstant(start, ZONE);
        WorkingDayRules rules = rulesCovering(from, workingDays);
        LocalDate due = rules.addWorkingDays(from, workingDays);
        Set<Integer> official = years.findByYearBetweenAndStatus(from.getYear(), due.getYear(), YearStatus.OFFICIAL)
                .stream().map(CalendarYear::getYear).collect(Collectors.toSet());
        return rules.deadline(start, workingDays, official);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return rules(from.plusDays(1), to).workingDaysBetween(from, to);
    }

    @Override
    public YearStatus yearStatus(int year) {
        return years.findById(year).map(CalendarYear::getStatus).orElse(YearStatus.MISSING);
    }

    /**
     * Rules that know every listed day from {@code start} to the due day. The first window fits almost every
     * period; a longer one (or a data set with many more rest days) reads a window twice as long.
     */
    private WorkingDayRules rulesCovering(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        long span = workingDays + workingDays / 2 + SPARE_DAYS;
        while (true) {
            LocalDate end = start.plusDays(span);
            WorkingDayRules rules = rules(start.plusDays(1), end);
            if (!rules.addWorkingDays(start, workingDays).isAfter(end)) {
                return rules;
            }
            span *= 2;
        }
    }

    private WorkingDayRules rules(LocalDate from, LocalDate to) {
        return WorkingDayRules.of(days.findByDayBetweenOrderByDay(from, to).stream().map(CalendarDay::toEntry).toList());
    }
}
