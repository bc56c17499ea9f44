package cn.gov.dehong.cloud.security.internal;

import java.util.List;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/security/secrecy-reports")
@Tag(name = "Security: private reports to the secrecy bureau", description = "Art. 7, 32: a unit member reports a "
        + "suspected classified-information violation privately; only the 机要保密局 (SECURITY_VIEWER users of unit "
        + "dehong.security.secrecy-bureau-unit-code) and the reporter read it; anybody else gets 404")
class SecrecyReportApiController {

    private final SecrecyReportService reports;
    private final OrganizationDirectory organization;

    SecrecyReportApiController(SecrecyReportService reports, OrganizationDirectory organization) {
        this.reports = reports;
        this.organization = organization;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "举报涉密违规 / "
            + "Unit member reports {subject, details}; the bureau's officers are told (without content)")
    SecrecyReportService.ReportView report(@RequestBody SecrecyReportService.ReportInput input) {
        return reports.report(organization.currentActor(), input);
    }

    @GetMapping
    @Operation(summary = "举报列表 / The bureau: all reports; a unit member: those they made")
    List<SecrecyReportService.ReportView> list() {
        return reports.reports(organization.currentActor());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份保密违规举报（保密局或举报人） / One secrecy report (the bureau or its reporter)")
    SecrecyReportService.ReportView get(@PathVariable Long id) {
        return reports.report(organization.currentActor(), id);
    }

    @PostMapping("/{id}/handling")
    @Operation(summary = "登记举报处理结果 / The bureau records how the report was handled {version, note}; once (409)")
    SecrecyReportService.ReportView handle(@PathVariable Long id,
                                           @RequestBody SecrecyReportService.HandlingInput input) {
        return reports.handle(organization.currentActor(), id, input);
    }
}
