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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/security")
@Tag(name = "Security: inspections", description = "Art. 25: inspections by the security departments, findings "
        + "by risk, suspension of high-risk systems until a re-inspection accepts the rectification")
class InspectionApiController {

    private final InspectionService inspections;
    private final OrganizationDirectory organization;

    InspectionApiController(InspectionService inspections, OrganizationDirectory organization) {
        this.inspections = inspections;
        this.organization = organization;
    }

    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "计划安全检查 / "
            + "Security department plans an inspection of application systems {title, plannedOn, systemIds, "
            + "coInspectors}: the 网信办 (CAC) leads; co-inspectors SECRECY_BUREAU, INDUSTRY_TECHNOLOGY, PUBLIC_SECURITY")
    InspectionService.InspectionView plan(@RequestBody InspectionService.InspectionInput input) {
        return inspections.plan(organization.currentActor(), input);
    }

    @GetMapping("/inspections")
    @Operation(summary = "安全检查列表 / Security inspections")
    List<InspectionService.InspectionView> inspections() {
        return inspections.inspections(organization.currentActor());
    }

    @PostMapping("/inspections/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记检查发现 / "
            + "Security department records a finding {systemId, risk HIGH|MEDIUM|LOW, description}: HIGH "
            + "suspends the system's running service instances; lower sets a deadline in working days")
    InspectionService.FindingView record(@PathVariable Long id, @RequestBody InspectionService.FindingInput input) {
        return inspections.record(organization.currentActor(), id, input);
    }

    @GetMapping("/findings")
    @Operation(summary = "检查发现列表 / "
            + "Findings: a unit's own, all for supervisors; overdue=true keeps open ones past their deadline")
    List<InspectionService.FindingView> findings(@RequestParam(defaultValue = "false") boolean overdue) {
        return inspections.findings(organization.currentActor(), overdue);
    }

    @GetMapping("/findings/{id}")
    @Operation(summary = "一项检查发现及其整改 / One inspection finding with its rectification")
    InspectionService.FindingView finding(@PathVariable Long id) {
        return inspections.finding(organization.currentActor(), id);
    }

    @PostMapping("/findings/{id}/rectifications")
    @Operation(summary = "提交整改 / "
            + "Unit member of the finding's unit submits its rectification {version, note}; the security "
            + "departments are told to re-inspect; a closed finding cannot be changed (409)")
    InspectionService.FindingView rectify(@PathVariable Long id,
                                          @RequestBody InspectionService.RectificationInput input) {
        return inspections.submitRectification(organization.currentActor(), id, input);
    }

    @PostMapping("/findings/{id}/reinspections")
    @Operation(summary = "复查 / "
            + "Security department re-inspects {version, accepted, note}: accepted closes the finding and "
            + "restores the suspended instances; a closed finding cannot be changed (409)")
    InspectionService.FindingView review(@PathVariable Long id, @RequestBody InspectionService.ReviewInput input) {
        return inspections.review(organization.currentActor(), id, input);
    }
}
