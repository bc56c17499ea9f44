package cn.gov.dehong.cloud.security.internal;

import java.util.List;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/security/closures")
@Tag(name = "Security: data handover and purge", description = "Art. 23: the unit confirms the data handover and "
        + "the purge the vendor certified when it ended the service; the service is closed when both are confirmed")
class ServiceClosureApiController {

    private final ServiceClosureService closures;
    private final OrganizationDirectory organization;

    ServiceClosureApiController(ServiceClosureService closures, OrganizationDirectory organization) {
        this.closures = closures;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "数据移交与销毁确认列表 / "
            + "A unit's ended services with their handover and purge; all for the DEC, supervisors and "
            + "the vendor; open=true keeps those not yet closed")
    List<ServiceClosureService.ClosureView> list(@RequestParam(defaultValue = "false") boolean open) {
        return closures.closures(organization.currentActor(), open);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一项数据移交与销毁确认 / One data handover and purge closure")
    ServiceClosureService.ClosureView closure(@PathVariable Long id) {
        return closures.closure(organization.currentActor(), id);
    }

    @PostMapping("/{id}/confirmations")
    @Operation(summary = "确认数据移交或销毁 / "
            + "Unit member confirms {version, part HANDOVER|PURGE}; both confirmed closes the service")
    ServiceClosureService.ClosureView confirm(@PathVariable Long id,
                                              @RequestBody ServiceClosureService.ConfirmationInput input) {
        return closures.confirm(organization.currentActor(), id, input);
    }

    @PostMapping("/{id}/disputes")
    @Operation(summary = "对数据移交或销毁提出异议 / "
            + "Unit member disputes the handover or purge {version, note}; the vendor and the DEC are told")
    ServiceClosureService.ClosureView dispute(@PathVariable Long id,
                                              @RequestBody ServiceClosureService.DisputeInput input) {
        return closures.dispute(organization.currentActor(), id, input);
    }
}
