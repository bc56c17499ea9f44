package cn.gov.dehong.cloud.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar.YearStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped calendar on a database that has none. Always runs (also in production): deadlines are wrong
 * without it. Afterwards the administrators own the data; a restart never overwrites their edits.
 */
@Component
@Order(0)
class CalendarReferenceData implements ApplicationRunner {

    static final String OFFICIAL_FILE = "calendar/cn-workday-calendar.csv";
    static final String PROVISIONAL_FILE = "calendar/cn-workday-calendar-2027-provisional.csv";

    private static final Logger log = LoggerFactory.getLogger(CalendarReferenceData.class);

    private final CalendarYearRepository years;
    private final CalendarAdministration administration;
    private final TransactionTemplate transactions;

    CalendarReferenceData(CalendarYearRepository years, CalendarAdministration administration,
                          TransactionTemplate transactions) {
        this.years = years;
        this.administration = administration;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transactions.executeWithoutResult(status -> {
                if (years.count() == 0) {
                    load(OFFICIAL_FILE, YearStatus.OFFICIAL);
                    load(PROVISIONAL_FILE, YearStatus.PROVISIONAL);
                }
            });
        } catch (DataIntegrityViolationException e) {
            // Two instances started on an empty database at once: the other one has loaded the same files.
            log.info("Working-day calendar was loaded by another instance");
        }
    }

    private void load(String path, YearStatus status) {
        CalendarCsv csv = CalendarCsv.parse(read(path));
        for (int year : csv.years()) {
            administration.replaceYear(year, status, "classpath:" + path, csv.entriesIn(year));
        }
        log.info("Working-day calendar: loaded {} as {} for {}", path, status, csv.years());
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Calendar reference file " + path + " is missing", e);
        }
    }
}
