package cn.gov.dehong.cloud.security.internal;

import java.util.List;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@RequestMapping("/api/v1/security/systems")
@Tag(name = "Security: application systems", description = "Art. 7, 21, 24, 32: a unit's business application "
        + "systems, their responsible persons, website filings and scans, and the yearly no-classified declaration")
class SystemApiController {

    private final SystemService systems;
    private final OrganizationDirectory organization;

    SystemApiController(SystemService systems, OrganizationDirectory organization) {
        this.systems = systems;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "应用系统列表 / "
            + "Unit member: its own unit's systems; DEC, security departments, admin, auditor: all. "
            + "flagged=true keeps those with a flag (responsible persons, ICP filing, declaration)")
    List<SystemService.SystemView> list(@RequestParam(defaultValue = "false") boolean flagged) {
        return systems.list(organization.currentActor(), flagged);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记应用系统 / "
            + "Unit member registers a system of its unit; instances must be its unit's; not on the cloud "
            + "needs a planned migration or end-of-life date; a website needs a domain")
    SystemService.SystemView create(@RequestBody SystemService.SystemInput input) {
        return systems.create(organization.currentActor(), input);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个应用系统及其责任人、备案和扫描 / One application system with its responsible persons, filings and scans")
    SystemService.SystemView details(@PathVariable Long id) {
        return systems.details(organization.currentActor(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改应用系统 / Unit member updates a system of its unit (the whole record)")
    SystemService.SystemView update(@PathVariable Long id, @RequestBody SystemService.SystemInput input) {
        return systems.update(organization.currentActor(), id, input);
    }

    @PostMapping("/{id}/scans")
    @Operation(summary = "登记网站扫描 / Unit member records the last website scan (date not in the future, summary)")
    SystemService.SystemView scan(@PathVariable Long id, @RequestBody SystemService.ScanInput input) {
        return systems.recordScan(organization.currentActor(), id, input);
    }

    @PostMapping(path = "/scans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入扫描结果 / "
            + "Unit member imports scanner results: CSV 'systemId,scannedOn,summary' (UTF-8, ≤ 1 MB); "
            + "all lines or none")
    SystemService.ImportResult importScans(@RequestPart("file") MultipartFile file) {
        return systems.importScans(organization.currentActor(), file);
    }

    @PostMapping("/{id}/declarations")
    @Operation(summary = "年度无涉密信息声明 / "
            + "Unit member declares for the current year that the system holds no classified information")
    SystemService.SystemView declare(@PathVariable Long id) {
        return systems.declare(organization.currentActor(), id);
    }
}
