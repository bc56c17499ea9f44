package cn.gov.dehong.cloud.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.calendar.Deadline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected dates were worked out by hand from the State Council notices as listed in the shipped CSV. */
class WorkingDayRulesTests {

    private static final WorkingDayRules NO_HOLIDAYS = new WorkingDayRules(Set.of(), Set.of());
    private static final WorkingDayRules SHIPPED = WorkingDayRules.of(shippedEntries());
    private static final Set<Integer> OFFICIAL_2021_TO_2026 = Set.of(2021, 2022, 2023, 2024, 2025, 2026);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class PlainWeek {

        @Test
        void weekdaysWorkAndWeekendsRest() {
            assertThat(NO_HOLIDAYS.isWorkingDay(date("2024-03-04"))).isTrue();  // Monday
            assertThat(NO_HOLIDAYS.isWorkingDay(date("2024-03-08"))).isTrue();  // Friday
            assertThat(NO_HOLIDAYS.isWorkingDay(date("2024-03-09"))).isFalse(); // Saturday
            assertThat(NO_HOLIDAYS.isWorkingDay(date("2024-03-10"))).isFalse(); // Sunday
        }

        @Test
        void startDayNeverCounts() {
            assertThat(NO_HOLIDAYS.addWorkingDays(date("2024-03-04"), 0)).isEqualTo("2024-03-04");
            assertThat(NO_HOLIDAYS.addWorkingDays(date("2024-03-04"), 1)).isEqualTo("2024-03-05");
            assertThat(NO_HOLIDAYS.addWorkingDays(date("2024-03-04"), 4)).isEqualTo("2024-03-08");
            assertThat(NO_HOLIDAYS.addWorkingDays(date("2024-03-04"), 5)).isEqualTo("2024-03-11");
        }

        @ParameterizedTest(name = "{0} + 1 working day = {1}")
        @CsvSource({
                "2024-03-08, 2024-03-11", // Friday: the next working day is Monday
                "2024-03-09, 2024-03-11", // Saturday
                "2024-03-10, 2024-03-11", // Sunday
        })
        void fridayAndWeekendStartsEndOnMonday(LocalDate start, LocalDate due) {
            assertThat(NO_HOLIDAYS.addWorkingDays(start, 1)).isEqualTo(due);
        }

        @Test
        void negativePeriodIsAProgrammingError() {
            assertThatIllegalArgumentException().isThrownBy(() -> NO_HOLIDAYS.addWorkingDays(date("2024-03-04"), -1));
        }
    }

    /** 国庆节 2024: Sunday 09-29 worked, 10-01..10-07 off, Saturday 10-12 worked. */
    @Nested
    class NationalDay2024 {

        private final WorkingDayRules rules = new WorkingDayRules(
                Set.of(date("2024-10-01"), date("2024-10-02"), date("2024-10-03"), date("2024-10-04"),
                        date("2024-10-05"), date("2024-10-06"), date("2024-10-07")),
                Set.of(date("2024-09-29"), date("2024-10-12")));

        @Test
        void makeUpWorkdaysWorkAndHolidaysRest() {
            assertThat(rules.isWorkingDay(date("2024-09-28"))).isFalse(); // plain Saturday
            assertThat(rules.isWorkingDay(date("2024-09-29"))).isTrue();  // Sunday, make-up workday
            assertThat(rules.isWorkingDay(date("2024-10-01"))).isFalse();
            assertThat(rules.isWorkingDay(date("2024-10-07"))).isFalse(); // a Monday inside the holiday
            assertThat(rules.isWorkingDay(date("2024-10-12"))).isTrue();  // Saturday, make-up workday
            assertThat(rules.isWorkingDay(date("2024-10-13"))).isFalse();
        }

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2024-09-27, 1, 2024-09-29", // Friday: the next working day is the make-up Sunday
                "2024-09-27, 2, 2024-09-30",
                "2024-09-27, 3, 2024-10-08", // the holiday week is skipped
                "2024-09-30, 1, 2024-10-08",
                "2024-09-30, 5, 2024-10-12", // ends on the make-up Saturday
                "2024-09-30, 6, 2024-10-14",
                "2024-10-03, 1, 2024-10-08", // a step begun inside the holiday
        })
        void addWorkingDays(LocalDate start, int days, LocalDate due) {
            assertThat(rules.addWorkingDays(start, days)).isEqualTo(due);
        }

        @Test
        void shippedCalendarAgrees() {
            for (LocalDate day = date("2024-09-20"); day.isBefore(date("2024-10-20")); day = day.plusDays(1)) {
                assertThat(SHIPPED.isWorkingDay(day)).as(day.toString()).isEqualTo(rules.isWorkingDay(day));
            }
        }

        @Test
        void workingDaysBetween() {
            // 09-29, 09-30, 10-08, 10-09, 10-10, 10-11, 10-12, 10-14
            assertThat(rules.workingDaysBetween(date("2024-09-27"), date("2024-10-14"))).isEqualTo(8);
            assertThat(rules.workingDaysBetween(date("2024-09-30"), date("2024-10-07"))).isZero();
            assertThat(rules.workingDaysBetween(date("2024-10-14"), date("2024-10-14"))).isZero();
            assertThat(rules.workingDaysBetween(date("2024-10-14"), date("2024-09-27"))).isZero();
        }
    }

    /** 春节 2025: Sunday 01-26 worked, 01-28..02-04 off, Saturday 02-08 worked. */
    @Nested
    class SpringFestival2025 {

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2025-01-24, 1, 2025-01-26",
                "2025-01-24, 2, 2025-01-27",
                "2025-01-24, 3, 2025-02-05",
                "2025-01-24, 5, 2025-02-07",
                "2025-01-24, 6, 2025-02-08",
                "2025-01-24, 7, 2025-02-10",
                "2025-01-27, 1, 2025-02-05",
        })
        void addWorkingDays(LocalDate start, int days, LocalDate due) {
            assertThat(SHIPPED.addWorkingDays(start, days)).isEqualTo(due);
        }

        @Test
        void workingDaysBetween() {
            // 02-05, 02-06, 02-07, 02-08 (make-up Saturday), 02-10
            assertThat(SHIPPED.workingDaysBetween(date("2025-01-27"), date("2025-02-10"))).isEqualTo(5);
        }
    }

    /** 2026: Sunday 09-20 worked, 中秋 09-25..27 and 国庆 10-01..10-07 off, Saturday 10-10 worked. */
    @Nested
    class NationalDay2026 {

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2026-09-30, 1, 2026-10-08",
                "2026-09-30, 3, 2026-10-10", // the make-up Saturday
                "2026-09-30, 5, 2026-10-13",
                "2026-09-18, 1, 2026-09-20", // Friday: the next working day is the make-up Sunday
                "2026-09-24, 1, 2026-09-28",
        })
        void addWorkingDays(LocalDate start, int days, LocalDate due) {
            assertThat(SHIPPED.addWorkingDays(start, days)).isEqualTo(due);
        }
    }

    @Nested
    class Deadlines {

        @Test
        void endsAtTheLastMillisecondOfTheDueDayInShanghai() {
            Deadline deadline = SHIPPED.deadline(Instant.parse("2026-09-30T02:00:00Z"), 5, OFFICIAL_2021_TO_2026);

            assertThat(deadline.dueDate()).isEqualTo("2026-10-13");
            assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-10-13T15:59:59.999Z"));
            assertThat(deadline.certain()).isTrue();
        }

        @Test
        void startDayIsTheShanghaiDay() {
            // Thursday 16:30 UTC is already Friday 00:30 in Beijing: one working day later is Monday, not Friday.
            Deadline deadline = NO_HOLIDAYS.deadline(Instant.parse("2024-03-07T16:30:00Z"), 1, Set.of(2024));

            assertThat(deadline.dueDate()).isEqualTo("2024-03-11");
        }

        @Test
        void uncertainWhenItReachesTheProvisional2027() {
            List<DayEntry> entries = new ArrayList<>(shippedEntries());
            entries.addAll(provisional2027Entries());
            WorkingDayRules rules = WorkingDayRules.of(entries);

            Deadline deadline = rules.deadline(Instant.parse("2026-12-28T01:00:00Z"), 5, OFFICIAL_2021_TO_2026);

            // 12-29, 12-30, 12-31, (01-01 provisional 元旦), 01-04, 01-05
            assertThat(deadline.dueDate()).isEqualTo("2027-01-05");
            assertThat(deadline.certain()).isFalse();
        }

        @Test
        void uncertainWhenTheStartYearIsNotOfficial() {
            Deadline deadline = SHIPPED.deadline(Instant.parse("2026-09-30T02:00:00Z"), 5, Set.of(2025));

            assertThat(deadline.certain()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({"2021, 250", "2022, 249", "2023, 249", "2024, 251", "2025, 248", "2026, 248"})
    void workingDaysPerYearOfTheShippedCalendar(int year, int workingDays) {
        assertThat(SHIPPED.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)))
                .isEqualTo(workingDays);
    }

    static List<DayEntry> shippedEntries() {
        CalendarCsv csv = CalendarCsv.parse(resource(CalendarReferenceData.OFFICIAL_FILE));
        return csv.years().stream().flatMap(year -> csv.entriesIn(year).stream()).toList();
    }

    static List<DayEntry> provisional2027Entries() {
        return CalendarCsv.parse(resource(CalendarReferenceData.PROVISIONAL_FILE)).entriesOf(2027);
    }

    static byte[] resource(String path) {
        try (InputStream in = WorkingDayRulesTests.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
