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
@Tag(name = "Security: access authorisation", description = "Art. 22, 23: vendor access to a unit's resources only "
        + "under a grant of the unit's leader; access sessions kept; access outside a grant raised as a violation")
class AccessApiController {

    private final AccessService access;
    private final OrganizationDirectory organization;

    AccessApiController(AccessService access, OrganizationDirectory organization) {
        this.access = access;
        this.organization = organization;
    }

    @PostMapping("/access-grants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申请访问授权 / "
            + "Vendor operator requests access to a service instance: purpose, actions (READ, MODIFY, "
            + "EXPORT), window (ISO instants, not in the past, at most dehong.security.access-grant-max-days = 30 days)")
    AccessService.GrantView request(@RequestBody AccessService.GrantRequest input) {
        return access.request(organization.currentActor(), input);
    }

    @GetMapping("/access-grants")
    @Operation(summary = "访问授权列表 / Grants: a unit's on its resources, an operator's own, all for the DEC and security "
            + "departments; active=true keeps those in force now")
    List<AccessService.GrantView> grants(@RequestParam(defaultValue = "false") boolean active) {
        return access.grants(organization.currentActor(), active);
    }

    @GetMapping("/access-grants/{id}")
    @Operation(summary = "一项访问授权及其会话 / One access grant with its sessions")
    AccessService.GrantView grant(@PathVariable Long id) {
        return access.grant(organization.currentActor(), id);
    }

    @PostMapping("/access-grants/{id}/approve")
    @Operation(summary = "批准访问授权 / "
            + "Leader of the resource's unit approves ({version}); one decision wins, a second gets 409")
    AccessService.GrantView approve(@PathVariable Long id, @RequestBody AccessService.Decision decision) {
        return access.approve(organization.currentActor(), id, decision);
    }

    @PostMapping("/access-grants/{id}/refuse")
    @Operation(summary = "拒绝访问授权 / Leader of the resource's unit refuses ({version, reason}); one decision wins")
    AccessService.GrantView refuse(@PathVariable Long id, @RequestBody AccessService.Decision decision) {
        return access.refuse(organization.currentActor(), id, decision);
    }

    @GetMapping("/access-resources")
    @Operation(summary = "我的可访问资源 / Vendor operator: the resources they hold an active grant for now, and nothing else")
    List<AccessService.ResourceView> resources() {
        return access.resources(organization.currentActor());
    }

    @PostMapping("/access-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记访问会话 / "
            + "Vendor operator records an access session (instance, optional grant, start, end, actions, "
            + "what was done); outside any active grant it is stored as a violation and the unit leader and DEC told")
    AccessService.SessionView record(@RequestBody AccessService.SessionInput input) {
        return access.recordSession(organization.currentActor(), input);
    }

    @GetMapping("/access-sessions")
    @Operation(summary = "访问会话列表 / Sessions: a unit's on its resources, an operator's own, all for supervisors; "
            + "violations=true keeps the violations")
    List<AccessService.SessionView> sessions(@RequestParam(defaultValue = "false") boolean violations) {
        return access.sessions(organization.currentActor(), violations);
    }
}
