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
@RequestMapping("/api/v1/security/password-rotations")
@Tag(name = "Security: password rotation", description = "Art. 24: the unit confirms periodic password changes of "
        + "its cloud hosts and databases (dehong.security.password-rotation-days, default 90); overdue ones flagged")
class PasswordApiController {

    private final PasswordRotationService passwords;
    private final OrganizationDirectory organization;

    PasswordApiController(PasswordRotationService passwords, OrganizationDirectory organization) {
        this.passwords = passwords;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "口令更换情况 / "
            + "Per resource: last confirmed change, due date, overdue. A unit member: its unit's; DEC, "
            + "security departments, admin, auditor: all. overdue=true keeps the overdue ones")
    List<PasswordRotationService.RotationView> list(@RequestParam(defaultValue = "false") boolean overdue) {
        return passwords.rotations(organization.currentActor(), overdue);
    }

    @PostMapping("/{instanceId}/confirmations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "确认已更换口令 / "
            + "Unit member confirms the password of its cloud host or database was changed {changedOn "
            + "(not in the future), note}")
    PasswordRotationService.RotationView confirm(@PathVariable Long instanceId,
                                                 @RequestBody PasswordRotationService.ConfirmationInput input) {
        return passwords.confirm(organization.currentActor(), instanceId, input);
    }
}
