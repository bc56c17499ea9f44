package cn.gov.dehong.cloud.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** One listed day of the calendar, as an administrator enters it, a CSV row holds it and the pages show it. */
public record DayEntry(LocalDate date, DayKind kind, String name) {

    static final int MAX_NAME_LENGTH = 100;

    /** Years outside this range are typing mistakes (2206 for 2026), not calendars anyone will load. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public DayEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** Checks raw input (a form, a JSON body, a CSV row); nothing is stored when it is rejected. */
    public static DayEntry of(String date, String kind, String name) {
        LocalDate day = parseDate(date);
        DayKind dayKind = DayKind.parse(kind);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw BusinessRuleException.invalid("calendar.error.name", MAX_NAME_LENGTH);
        }
        // A weekday is a working day anyway: listing it as a make-up workday is always a mistake in the data.
        if (dayKind == DayKind.WORKDAY && !WorkingDayRules.isWeekend(day)) {
            throw BusinessRuleException.invalid("calendar.error.workdayOnWeekday", day);
        }
        return new DayEntry(day, dayKind, trimmed);
    }

    /** An ISO date (2026-10-01) in a supported year. */
    public static LocalDate parseDate(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.invalid("calendar.error.date", String.valueOf(text));
        }
        requireSupportedYear(date.getYear());
        return date;
    }

    public static int requireSupportedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw BusinessRuleException.invalid("calendar.error.year", year, FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }
}
