package cn.gov.dehong.cloud.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** SLA time: office hours 09:00–17:00 on working days of the official calendar, or round the clock. */
class WorkingTimeTests {

    private final FakeCalendar calendar = new FakeCalendar();
    private final WorkingTime time = new WorkingTime(calendar, LocalTime.of(9, 0), LocalTime.of(17, 0));

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void aTargetWithinTheSameOfficeDay() {
        assertThat(time.due(at(6, 10, 10, 0), Duration.ofHours(2), SlaBasis.WORKING_HOURS)).isEqualTo(at(6, 10, 12, 0));
        // reported before office hours: the clock starts at 09:00
        assertThat(time.due(at(6, 10, 7, 30), Duration.ofMinutes(30), SlaBasis.WORKING_HOURS)).isEqualTo(at(6, 10, 9, 30));
        // exactly the rest of the day ends at 17:00, not the next morning
        assertThat(time.due(at(6, 10, 9, 0), Duration.ofHours(8), SlaBasis.WORKING_HOURS)).isEqualTo(at(6, 10, 17, 0));
    }

    @Test
    void aWeekendDoesNotCount() {
        // Friday 2026-06-12 16:00 + 2 working hours = 1 h on Friday + 1 h on Monday 06-15
        assertThat(time.due(at(6, 12, 16, 0), Duration.ofHours(2), SlaBasis.WORKING_HOURS)).isEqualTo(at(6, 15, 10, 0));
        // reported on Saturday: Monday 09:00 + 4 h
        assertThat(time.due(at(6, 13, 11, 0), Duration.ofHours(4), SlaBasis.WORKING_HOURS)).isEqualTo(at(6, 15, 13, 0));
        // measured back: Friday 16:00 -> Monday 10:00 is 120 working minutes
        assertThat(time.elapsedMinutes(at(6, 12, 16, 0), at(6, 15, 10, 0), SlaBasis.WORKING_HOURS)).isEqualTo(120);
        // round the clock the weekend counts: 66 hours
        assertThat(time.elapsedMinutes(at(6, 12, 16, 0), at(6, 15, 10, 0), SlaBasis.ROUND_THE_CLOCK)).isEqualTo(66 * 60);
    }

    @Test
    void theNationalDayHolidayDoesNotCountAndTheMakeUpSaturdayDoes() {
        // Wed 09-30 15:00 + 8 working hours = 2 h on 09-30, then 10-01..10-07 are holidays: 6 h on Thu 10-08
        assertThat(time.due(at(9, 30, 15, 0), Duration.ofHours(8), SlaBasis.WORKING_HOURS)).isEqualTo(at(10, 8, 15, 0));
        // 3 working days (24 h) from 09-30 15:00: 2 h + 10-08 (8) + 10-09 (8) + 6 h on the make-up Saturday 10-10
        assertThat(time.due(at(9, 30, 15, 0), Duration.ofHours(24), SlaBasis.WORKING_HOURS)).isEqualTo(at(10, 10, 15, 0));
        assertThat(time.elapsedMinutes(at(9, 30, 15, 0), at(10, 8, 10, 0), SlaBasis.WORKING_HOURS)).isEqualTo(180);
        assertThat(time.elapsedMinutes(at(9, 30, 15, 0), at(10, 10, 15, 0), SlaBasis.WORKING_HOURS)).isEqualTo(24 * 60);
        // a ticket answered during the holiday: only the hours on 09-30 count
        assertThat(time.elapsedMinutes(at(9, 30, 15, 0), at(10, 3, 12, 0), SlaBasis.WORKING_HOURS)).isEqualTo(120);
    }

    @Test
    void theMakeUpSundayCounts() {
        // Fri 09-18 16:00 + 2 h: Saturday 09-19 is free, Sunday 09-20 is a make-up workday
        assertThat(time.due(at(9, 18, 16, 0), Duration.ofHours(2), SlaBasis.WORKING_HOURS)).isEqualTo(at(9, 20, 10, 0));
    }

    @Test
    void measuredTimeIsZeroOutsideOfficeHoursAndNeverNegative() {
        assertThat(time.elapsedMinutes(at(6, 10, 18, 0), at(6, 10, 23, 0), SlaBasis.WORKING_HOURS)).isZero();
        assertThat(time.elapsedMinutes(at(6, 10, 12, 0), at(6, 10, 11, 0), SlaBasis.WORKING_HOURS)).isZero();
        assertThat(time.elapsedMinutes(at(6, 13, 9, 0), at(6, 14, 17, 0), SlaBasis.WORKING_HOURS)).isZero();
    }

    @Test
    void roundTheClockTargetsIgnoreTheCalendar() {
        assertThat(time.due(at(10, 1, 23, 50), Duration.ofMinutes(30), SlaBasis.ROUND_THE_CLOCK)).isEqualTo(at(10, 2, 0, 20));
    }

    @Test
    void aLongPeriodAsksTheCalendarOnlyAFewTimes() {
        calendar.calls = 0;
        time.elapsedMinutes(at(1, 5, 10, 0), at(12, 20, 10, 0), SlaBasis.WORKING_HOURS);
        time.due(at(1, 5, 10, 0), Duration.ofHours(8 * 200), SlaBasis.WORKING_HOURS);
        assertThat(calendar.calls).isLessThanOrEqualTo(5);
    }

    @Test
    void dueAndElapsedAgree() {
        Instant start = at(9, 24, 13, 17);
        for (int hours = 1; hours <= 60; hours++) {
            Instant due = time.due(start, Duration.ofHours(hours), SlaBasis.WORKING_HOURS);
            assertThat(time.elapsedMinutes(start, due, SlaBasis.WORKING_HOURS)).as("%d h", hours).isEqualTo(hours * 60L);
        }
    }
}
