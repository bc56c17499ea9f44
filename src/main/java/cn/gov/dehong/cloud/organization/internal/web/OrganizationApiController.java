package cn.gov.dehong.cloud.organization.internal.web;

import java.util.List;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization", description = "The caller, the unit tree")
class OrganizationApiController {

    private final OrganizationDirectory organization;

    OrganizationApiController(OrganizationDirectory organization) {
        this.organization = organization;
    }

    @GetMapping("/me")
    @Operation(summary = "当前用户 / The authenticated caller with roles and unit")
    Actor me() {
        return organization.currentActor();
    }

    @GetMapping("/units")
    @Operation(summary = "可见单位 / The units the caller may see, in tree order")
    List<UnitView> units() {
        var scope = organization.scopeOf(organization.currentActor());
        return organization.units().stream().filter(unit -> scope.includes(unit.id())).toList();
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "一个单位 / One unit")
    UnitView unit(@PathVariable Long id) {
        organization.requireVisible(organization.currentActor(), id);
        return organization.unit(id);
    }
}
