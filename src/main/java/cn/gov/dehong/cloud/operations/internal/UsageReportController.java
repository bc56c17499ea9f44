package cn.gov.dehong.cloud.operations.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monthly usage report (Art. 13): page {@code /operations/report} and its PDF ({@link UsageReportApiController}
 * has the same under {@code /api/v1/operations/reports/usage}). Units see their own unit (aggregators their subtree),
 * vendor, DEC, finance and auditors everything.
 */
@Controller
class UsageReportController {

    private final UsageReportService reports;
    private final UsageReportDocument documents;
    private final OrganizationDirectory organization;
    private final Clock clock;

    UsageReportController(UsageReportService reports, UsageReportDocument documents, OrganizationDirectory organization,
                          Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/operations/report")
    String page(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth chosen = month == null ? lastMonth() : month;
        model.addAttribute("month", chosen);
        model.addAttribute("report", reports.report(organization.currentActor(), chosen));
        return "operations/report";
    }

    @GetMapping("/operations/report/pdf")
    ResponseEntity<byte[]> pagePdf(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
        return documents.pdf(reports.report(organization.currentActor(), month), locale);
    }

    private YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(WorkingDayCalendar.ZONE)).minusMonths(1);
    }
}
