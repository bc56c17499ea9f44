package cn.gov.dehong.cloud.operations.internal;

import java.util.List;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/operations/incidents")
@Tag(name = "Operations: monitoring")
class IncidentApiController {

    private final IncidentService incidents;
    private final OrganizationDirectory organization;

    IncidentApiController(IncidentService incidents, OrganizationDirectory organization) {
        this.incidents = incidents;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "监控事件列表 / "
            + "Incidents: a unit sees those affecting it; DEC and vendor all (unmapped=true: those to assign)")
    Page<IncidentService.IncidentView> list(@RequestParam(defaultValue = "false") boolean unmapped,
                                            @PageableDefault(size = 20) Pageable pageable) {
        return incidents.list(organization.currentActor(), unmapped, PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 200), Sort.by(Sort.Direction.DESC, "id")));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一起监控事件及其影响的单位 / One monitoring incident with the units it affects")
    IncidentService.IncidentView get(@PathVariable Long id) {
        return incidents.details(organization.currentActor(), id);
    }

    record Assignment(List<Long> unitIds) {
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "指定事件影响的单位 / "
            + "DEC or vendor assigns an (unmapped) incident to the affected units; they get the fault notice")
    IncidentService.IncidentView assign(@PathVariable Long id, @RequestBody Assignment assignment) {
        return incidents.assign(organization.currentActor(), id, assignment.unitIds());
    }
}
