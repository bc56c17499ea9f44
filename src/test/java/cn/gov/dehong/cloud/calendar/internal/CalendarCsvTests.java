package cn.gov.dehong.cloud.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

class CalendarCsvTests {

    @Test
    void shippedOfficialFileHoldsTheYears2021To2026() {
        CalendarCsv csv = CalendarCsv.parse(WorkingDayRulesTests.resource(CalendarReferenceData.OFFICIAL_FILE));

        assertThat(csv.years()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(csv.entriesIn(2024)).contains(
                new DayEntry(LocalDate.parse("2024-09-29"), DayKind.WORKDAY, "国庆节"),
                new DayEntry(LocalDate.parse("2024-10-01"), DayKind.HOLIDAY, "国庆节"));
        // 元旦 2023 began on Saturday 2022-12-31: listed in the calendar year it falls in.
        assertThat(csv.entriesIn(2022)).contains(new DayEntry(LocalDate.parse("2022-12-31"), DayKind.HOLIDAY, "元旦"));
    }

    @Test
    void provisional2027HoldsTheStatutoryHolidaysOnly() {
        var entries = WorkingDayRulesTests.provisional2027Entries();

        assertThat(entries).hasSize(13).allMatch(entry -> entry.kind() == DayKind.HOLIDAY);
        assertThat(entries).extracting(DayEntry::date).contains(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-02-05"), LocalDate.parse("2027-02-08"), LocalDate.parse("2027-06-09"),
                LocalDate.parse("2027-09-15"), LocalDate.parse("2027-10-03"));
        // 261 weekdays, 7 of them statutory holidays; 调休 would change this once the notice is out.
        WorkingDayRules rules = WorkingDayRules.of(entries);
        assertThat(rules.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31))).isEqualTo(254);
    }

    @Test
    void acceptsExcelFilesWithBomCrlfQuotesAndNoHeader() {
        byte[] content = "\uFEFF2026-10-01,HOLIDAY,\"国庆节, 中秋节\"\r\n\r\n2026-10-10, Workday ,国庆节\r\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CalendarCsv.parse(content).entriesOf(2026)).containsExactly(
                new DayEntry(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, "国庆节, 中秋节"),
                new DayEntry(LocalDate.parse("2026-10-10"), DayKind.WORKDAY, "国庆节"));
    }

    @Test
    void readsChineseExcelEncoding() {
        byte[] content = "date,kind,name\n2026-10-01,holiday,国庆节\n".getBytes(Charset.forName("GBK"));

        assertThat(CalendarCsv.parse(content).entriesOf(2026))
                .containsExactly(new DayEntry(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, "国庆节"));
    }

    @Test
    void malformedDateNamesItsLine() {
        assertLineError("date,kind,name\n2026-10-01,holiday,国庆节\n2026-13-01,holiday,国庆节\n",
                3, "calendar.error.date");
    }

    @Test
    void unknownKindNamesItsLine() {
        assertLineError("2026-10-01,feast,国庆节\n", 1, "calendar.error.kind");
    }

    @Test
    void missingColumnNamesItsLine() {
        assertLineError("2026-10-01,holiday\n", 1, "calendar.error.csv.columns");
    }

    @Test
    void workdayOnAWeekdayIsRejected() {
        assertLineError("2026-10-09,workday,国庆节\n", 1, "calendar.error.workdayOnWeekday");
    }

    @Test
    void duplicateDateIsRejected() {
        assertLineError("2026-10-01,holiday,国庆节\n2026-10-01,holiday,国庆节\n", 2, "calendar.error.csv.duplicate");
    }

    @Test
    void rowOfAnotherYearIsRejected() {
        CalendarCsv csv = CalendarCsv.parse("2026-10-01,holiday,国庆节\n2027-01-01,holiday,元旦\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> csv.entriesOf(2026))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getArguments()[0]).isEqualTo(2);
                    assertThat(((MessageSourceResolvable) e.getArguments()[1]).getCodes())
                            .containsExactly("calendar.error.csv.otherYear");
                });
    }

    @Test
    void fileWithoutRowsIsRejected() {
        CalendarCsv csv = CalendarCsv.parse("date,kind,name\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> csv.entriesOf(2026))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("calendar.error.csv.empty"));
    }

    @Test
    void singleEntriesAreCheckedLikeRows() {
        assertThatThrownBy(() -> DayEntry.of("2026-02-30", "holiday", "春节"))
                .hasFieldOrPropertyWithValue("messageKey", "calendar.error.date");
        assertThatThrownBy(() -> DayEntry.of("2206-10-01", "holiday", "国庆节"))
                .hasFieldOrPropertyWithValue("messageKey", "calendar.error.year");
        assertThatThrownBy(() -> DayEntry.of("2026-10-01", "holiday", "  "))
                .hasFieldOrPropertyWithValue("messageKey", "calendar.error.name");
        assertThat(DayEntry.of(" 2026-10-01 ", "holiday", " 国庆节 "))
                .isEqualTo(new DayEntry(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, "国庆节"));
    }

    private static void assertLineError(String content, int line, String reason) {
        assertThatThrownBy(() -> CalendarCsv.parse(content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getMessageKey()).isEqualTo("calendar.error.csv.line");
                    assertThat(e.getArguments()[0]).isEqualTo(line);
                    assertThat(((MessageSourceResolvable) e.getArguments()[1]).getCodes()).containsExactly(reason);
                });
    }
}
