package cn.gov.dehong.cloud.subscription.internal.web;

import java.util.List;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.StatusChange;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Service instances", description = "Opened cloud resources: status, spec, billing start, end")
class ServiceApiController {

    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;

    ServiceApiController(SubscriptionManagement subscriptions, OrganizationDirectory organization) {
        this.subscriptions = subscriptions;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "服务实例列表 / Service instances visible to the caller, paged and filtered")
    Page<ServiceInstanceView> list(@RequestParam(required = false) Long unitId,
                                   @RequestParam(required = false) ServiceInstanceStatus status,
                                   @RequestParam(required = false) PlatformZone zone,
                                   @RequestParam(required = false) String q,
                                   @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return subscriptions.search(organization.scopeOf(organization.currentActor()),
                new ServiceInstanceQuery(unitId, status, zone, q), pageable);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个服务实例及其状态历史和规格 / One service instance with its status history and spec")
    ServiceInstanceView get(@PathVariable Long id) {
        ServiceInstanceView instance = subscriptions.instance(id);
        organization.requireVisible(organization.currentActor(), instance.unitId());
        return instance;
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "服务实例状态变更 / Status changes of an instance (effective dates)")
    List<StatusChange> history(@PathVariable Long id) {
        organization.requireVisible(organization.currentActor(), subscriptions.instance(id).unitId());
        return subscriptions.history(id);
    }
}
