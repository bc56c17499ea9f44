package cn.gov.dehong.cloud.calendar.internal.web;

import java.time.LocalDate;

import cn.gov.dehong.cloud.calendar.Deadline;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.calendar.internal.CalendarAdministration;
import cn.gov.dehong.cloud.calendar.internal.CalendarYearView;
import cn.gov.dehong.cloud.calendar.internal.DayEntry;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Official holidays and make-up workdays (调休), and deadline "
        + "arithmetic in working days. Reading is open to every authenticated client; changes need SYSTEM_ADMIN.")
class CalendarApiController {

    /** Far beyond any period of the regulation (at most a few dozen working days); stops runaway requests. */
    static final int MAX_WORKING_DAYS = 1000;

    private final WorkingDayCalendar calendar;
    private final CalendarAdministration administration;

    CalendarApiController(WorkingDayCalendar calendar, CalendarAdministration administration) {
        this.calendar = calendar;
        this.administration = administration;
    }

    record DueDate(LocalDate start, int days, LocalDate dueDate, boolean certain) {
    }

    record DayChange(String kind, String name) {
    }

    @GetMapping("/working-days/add")
    @Operation(summary = "计算工作日期限 / Due date of a period of working days",
            description = "The day on which a period of `days` working days beginning on `start` ends; `start` itself "
                    + "never counts. `certain` is false when a year from start to due date has no official "
                    + "arrangement loaded (provisional or missing).")
    DueDate addWorkingDays(@Parameter(description = "ISO date, e.g. 2026-09-30") @RequestParam String start,
                           @Parameter(description = "Working days, 0 to 1000") @RequestParam int days) {
        LocalDate from = DayEntry.parseDate(start);
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw BusinessRuleException.invalid("calendar.error.days", days, MAX_WORKING_DAYS);
        }
        Deadline deadline = calendar.deadline(from.atStartOfDay(WorkingDayCalendar.ZONE).toInstant(), days);
        return new DueDate(from, days, deadline.dueDate(), deadline.certain());
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "年度日历 / A year's status and listed days",
            description = "Status OFFICIAL, PROVISIONAL or MISSING, the number of working days, and every listed "
                    + "holiday and make-up workday. Plain weekends are not listed.")
    CalendarYearView year(@PathVariable int year) {
        return administration.year(year);
    }

    @PutMapping("/days/{date}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "设置节假日或调休日 / List a day or change it (SYSTEM_ADMIN)",
            description = "kind is HOLIDAY or WORKDAY (a make-up workday, only on a Saturday or Sunday). Counts at "
                    + "once for every deadline computed afterwards.")
    DayEntry putDay(@PathVariable String date, @RequestBody DayChange change) {
        return administration.saveDay(DayEntry.of(date, change.kind(), change.name()));
    }

    @DeleteMapping("/days/{date}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除设置的日期 / Remove a listed day (SYSTEM_ADMIN)",
            description = "The day becomes an ordinary weekday or weekend day again.")
    void deleteDay(@PathVariable String date) {
        administration.deleteDay(DayEntry.parseDate(date));
    }

    @PostMapping(path = "/years/{year}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "导入年度日历 / Replace a year from a CSV file (SYSTEM_ADMIN)",
            description = "CSV columns date,kind,name (UTF-8 or GB18030), only dates of that year. Replaces every "
                    + "listed day of the year and marks it OFFICIAL or PROVISIONAL. A bad row rejects the whole file.")
    CalendarYearView importYear(@PathVariable int year,
                                @Parameter(description = "OFFICIAL or PROVISIONAL") @RequestParam String status,
                                @RequestPart MultipartFile file) {
        return administration.importYear(year, status, file.getOriginalFilename(), CalendarController.bytes(file));
    }
}
