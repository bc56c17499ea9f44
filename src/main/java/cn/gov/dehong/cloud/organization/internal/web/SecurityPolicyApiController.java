package cn.gov.dehong.cloud.organization.internal.web;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.SecurityPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/security-policy")
@Tag(name = "Security policy", description = "Security administrator: password expiry and login lockout")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class SecurityPolicyApiController {

    private final SecurityPolicy.Administration policies;
    private final OrganizationDirectory organization;

    SecurityPolicyApiController(SecurityPolicy.Administration policies, OrganizationDirectory organization) {
        this.policies = policies;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "当前口令与登录锁定策略 / The current password and login-lockout policy")
    SecurityPolicy current() {
        return policies.current();
    }

    @PutMapping
    @Operation(summary = "修改安全策略 / "
            + "Change the policy (failed logins 3–10, lockout 10–1440 min, password age 30–180 days; audited)")
    SecurityPolicy update(@RequestBody SecurityPolicy policy) {
        return policies.update(organization.currentActor(), policy);
    }
}
