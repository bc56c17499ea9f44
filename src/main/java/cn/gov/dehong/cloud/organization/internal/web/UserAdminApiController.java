package cn.gov.dehong.cloud.organization.internal.web;

import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.SecondFactor;
import cn.gov.dehong.cloud.organization.UserAdministration;
import cn.gov.dehong.cloud.organization.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "User administration", description = "三员分立: the system administrator opens, disables and unlocks "
        + "accounts and resets passwords; the security administrator gives roles and edits the password/lockout policy")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
class UserAdminApiController {

    private final UserAdministration administration;
    private final OrganizationDirectory organization;
    private final SecondFactor secondFactor;

    UserAdminApiController(UserAdministration administration, OrganizationDirectory organization,
                           SecondFactor secondFactor) {
        this.administration = administration;
        this.organization = organization;
        this.secondFactor = secondFactor;
    }

    @PostMapping("/{username}/second-factor/reset")
    @Operation(summary = "重置动态口令绑定 / "
            + "Clear a lost TOTP authenticator; the person enrols again at the next login (audited)")
    ResponseEntity<Void> resetSecondFactor(@PathVariable String username) {
        secondFactor.reset(organization.currentActor(), username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "全部账号 / All accounts")
    List<UserView> users() {
        return administration.users();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开设账号 / Open an account without roles (SYSTEM_ADMIN; password complexity)")
    UserView create(@RequestBody UserAdministration.NewUser user) {
        return administration.create(organization.currentActor(), user);
    }

    record Roles(Set<Role> roles) {
    }

    @PutMapping("/{username}/roles")
    @Operation(summary = "分配角色 / "
            + "Give an account its roles (SECURITY_ADMIN; a separated duty is the account's only role)")
    UserView roles(@PathVariable String username, @RequestBody Roles roles) {
        return administration.changeRoles(organization.currentActor(), username, roles.roles());
    }

    record Enabled(boolean enabled) {
    }

    @PutMapping("/{username}/enabled")
    @Operation(summary = "启用或停用账号（系统管理员） / Enable or disable an account (system administrator)")
    UserView enabled(@PathVariable String username, @RequestBody Enabled enabled) {
        return administration.setEnabled(organization.currentActor(), username, enabled.enabled());
    }

    record NewPassword(String password) {
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "重置账号口令 / Reset an account's password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword password) {
        administration.resetPassword(organization.currentActor(), username, password.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/unlock")
    @Operation(summary = "解除登录锁定（系统管理员） / Unlock an account locked after failed logins (system administrator)")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        administration.unlock(organization.currentActor(), username);
        return ResponseEntity.noContent().build();
    }
}
