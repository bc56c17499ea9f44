package cn.gov.dehong.cloud.operations.internal;

import java.time.YearMonth;
import java.util.Locale;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly usage report (Art. 13) in the API: JSON figures and the PDF, scoped like the page. */
@RestController
@Tag(name = "Operations: usage report", description = "Art. 13: the monthly usage report (services per unit and zone, "
        + "incidents, tickets, availability) as JSON figures and as PDF, scoped like the page")
class UsageReportApiController {

    private final UsageReportService reports;
    private final UsageReportDocument documents;
    private final OrganizationDirectory organization;

    UsageReportApiController(UsageReportService reports, UsageReportDocument documents,
                             OrganizationDirectory organization) {
        this.reports = reports;
        this.documents = documents;
        this.organization = organization;
    }

    @GetMapping("/api/v1/operations/reports/usage")
    @Operation(summary = "月度使用情况报告 / "
            + "Monthly usage report (Art. 13): services per unit and zone, incidents with durations, "
            + "tickets by status and SLA, availability per service type; scoped to the caller's units")
    UsageReportService.UsageReport usage(@Parameter(description = "calendar month, yyyy-MM (Asia/Shanghai)", example = "2026-10")
                                         @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return reports.report(organization.currentActor(), month);
    }

    @GetMapping(value = "/api/v1/operations/reports/usage/pdf", produces = "application/pdf")
    @Operation(summary = "月度使用情况报告 PDF / The monthly usage report as PDF (Chinese, embedded font)")
    ResponseEntity<byte[]> usagePdf(@Parameter(description = "calendar month, yyyy-MM", example = "2026-10")
                                    @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
        return documents.pdf(reports.report(organization.currentActor(), month), locale);
    }
}
