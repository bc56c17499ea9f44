package cn.gov.dehong.cloud.operations.internal;

import java.util.List;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/operations/log-retention")
@Tag(name = "Operations: log retention", description = "Art. 17: the audit log is kept at least one year; older "
        + "entries are archived to gzip'd JSON-lines files")
class LogRetentionApiController {

    private final AuditArchive archive;
    private final OrganizationDirectory organization;

    LogRetentionApiController(AuditArchive archive, OrganizationDirectory organization) {
        this.archive = archive;
        this.organization = organization;
    }

    record RetentionStatus(int retentionDays, String directory, List<AuditArchive.ArchiveFile> files) {
    }

    @GetMapping
    @Operation(summary = "日志保存设置和归档文件 / Retention setting and archive files (administrator, auditor)")
    RetentionStatus status() {
        if (!organization.currentActor().hasAny(Role.SYSTEM_ADMIN, Role.AUDITOR)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return new RetentionStatus(archive.retentionDays(), archive.directory().toString(), archive.files());
    }

    @PostMapping("/run")
    @Operation(summary = "立即归档日志 / Administrator: archive now what the daily job would archive")
    AuditArchive.ArchiveResult run() {
        if (!organization.currentActor().has(Role.SYSTEM_ADMIN)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return archive.archive();
    }
}
