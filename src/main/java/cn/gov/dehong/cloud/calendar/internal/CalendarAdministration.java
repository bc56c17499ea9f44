package cn.gov.dehong.cloud.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar.YearStatus;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and editing the listed days and the loaded years; every change is audited in its own transaction. */
@Service
public class CalendarAdministration {

    static final String AUDIT_DAY = "CalendarDay";
    static final String AUDIT_YEAR = "CalendarYear";
    private static final int MAX_SOURCE_LENGTH = 200;

    private final CalendarDayRepository days;
    private final CalendarYearRepository years;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    CalendarAdministration(CalendarDayRepository days, CalendarYearRepository years, WorkingDayCalendar calendar,
                           AuditLog audit, Clock clock) {
        this.days = days;
        this.years = years;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CalendarYearView year(int year) {
        DayEntry.requireSupportedYear(year);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<DayEntry> listed = days.findByDayBetweenOrderByDay(first, last).stream().map(CalendarDay::toEntry).toList();
        Optional<CalendarYear> loaded = years.findById(year);
        return new CalendarYearView(year, loaded.map(CalendarYear::getStatus).orElse(YearStatus.MISSING),
                loaded.map(CalendarYear::getSource).orElse(null), loaded.map(CalendarYear::getLoadedAt).orElse(null),
                calendar.workingDaysBetween(first.minusDays(1), last), listed);
    }

    /**
     * Years whose deadlines are only estimates: every provisional year, and this year or the next when missing
     * (deadlines set today can reach into next year).
     */
    @Transactional(readOnly = true)
    public List<YearStatusView> yearsNeedingAttention(int currentYear) {
        TreeMap<Integer, YearStatus> attention = new TreeMap<>();
        years.findByStatusOrderByYear(YearStatus.PROVISIONAL).forEach(y -> attention.put(y.getYear(), y.getStatus()));
        for (int year = currentYear; year <= currentYear + 1; year++) {
            if (years.findById(year).isEmpty()) {
                attention.put(year, YearStatus.MISSING);
            }
        }
        return attention.entrySet().stream().map(e -> new YearStatusView(e.getKey(), e.getValue())).toList();
    }

    /** Adds the day or replaces what was listed for it. */
    @Transactional
    public DayEntry saveDay(DayEntry entry) {
        Optional<CalendarDay> existing = days.findById(entry.date());
        String before = existing.map(day -> describe(day.toEntry())).orElse(null);
        existing.ifPresentOrElse(day -> day.change(entry.kind(), entry.name()), () -> days.save(new CalendarDay(entry)));
        audit.record("calendar.saveDay", AUDIT_DAY, entry.date(), before, describe(entry));
        return entry;
    }

    @Transactional
    public void deleteDay(LocalDate date) {
        CalendarDay day = days.findById(date)
                .orElseThrow(() -> BusinessRuleException.notFound("calendar.error.dayNotListed", date));
        days.delete(day);
        audit.record("calendar.deleteDay", AUDIT_DAY, date, describe(day.toEntry()), null);
    }

    /**
     * Replaces every listed day of {@code year} with the rows of a CSV file and marks the year. The whole file is
     * checked first: a bad row or a row of another year rejects it and nothing changes.
     */
    @Transactional
    public CalendarYearView importYear(int year, String status, String fileName, byte[] content) {
        DayEntry.requireSupportedYear(year);
        YearStatus yearStatus = loadedStatus(status);
        if (content == null || content.length == 0) {
            throw BusinessRuleException.invalid("calendar.error.csv.missingFile");
        }
        List<DayEntry> entries = CalendarCsv.parse(content).entriesOf(year);
        String source = "upload:" + (fileName == null || fileName.isBlank() ? year + ".csv" : fileName.strip());
        replaceYear(year, yearStatus, source, entries);
        return year(year);
    }

    /** Shared by the upload and the reference data loaded at startup; the caller has checked the entries. */
    void replaceYear(int year, YearStatus status, String source, List<DayEntry> entries) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Optional<CalendarYear> previous = years.findById(year);
        String before = describeYear(previous.map(CalendarYear::getStatus).orElse(YearStatus.MISSING),
                previous.map(CalendarYear::getSource).orElse(null), days.countByDayBetween(first, last));
        days.deleteBetween(first, last);
        days.saveAll(entries.stream().map(CalendarDay::new).toList());
        CalendarYear loaded = years.findById(year).orElseGet(() -> new CalendarYear(year));
        String clippedSource = source.length() > MAX_SOURCE_LENGTH ? source.substring(0, MAX_SOURCE_LENGTH) : source;
        loaded.load(status, clippedSource, clock.instant());
        years.save(loaded);
        audit.record("calendar.importYear", AUDIT_YEAR, year, before, describeYear(status, clippedSource, entries.size()));
    }

    private static YearStatus loadedStatus(String status) {
        String normalized = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        if (normalized.equals(YearStatus.OFFICIAL.name()) || normalized.equals(YearStatus.PROVISIONAL.name())) {
            return YearStatus.valueOf(normalized);
        }
        throw BusinessRuleException.invalid("calendar.error.status", String.valueOf(status));
    }

    private static String describe(DayEntry entry) {
        return "kind=%s, name=%s".formatted(entry.kind(), entry.name());
    }

    private static String describeYear(YearStatus status, String source, long listedDays) {
        return "status=%s, source=%s, days=%d".formatted(status, source, listedDays);
    }
}
