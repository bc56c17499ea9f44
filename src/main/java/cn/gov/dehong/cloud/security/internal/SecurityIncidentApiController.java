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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/security/incidents")
@Tag(name = "Security: incidents", description = "Art. 26, 30: security incidents on the cloud or on a unit's "
        + "system; a vendor-caused one can be linked to a penalty booked in billing")
class SecurityIncidentApiController {

    private final SecurityIncidentService incidents;
    private final OrganizationDirectory organization;

    SecurityIncidentApiController(SecurityIncidentService incidents, OrganizationDirectory organization) {
        this.incidents = incidents;
        this.organization = organization;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记安全事件 / "
            + "Record an incident {scope CLOUD|SYSTEM, systemId, severity EXTRAORDINARY|MAJOR|SIGNIFICANT|"
            + "GENERAL, occurredAt, title, cause, impact, handling, vendorCaused}: DEC, security departments, vendor "
            + "anywhere; a unit member on its own systems")
    SecurityIncidentService.IncidentView record(@RequestBody SecurityIncidentService.IncidentInput input) {
        return incidents.record(organization.currentActor(), input);
    }

    @GetMapping
    @Operation(summary = "安全事件列表 / "
            + "Incidents: all for the DEC, supervisors, finance and vendor; a unit its own and the cloud's")
    List<SecurityIncidentService.IncidentView> list() {
        return incidents.incidents(organization.currentActor());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一起安全事件 / One security incident")
    SecurityIncidentService.IncidentView incident(@PathVariable Long id) {
        return incidents.incident(organization.currentActor(), id);
    }

    @PostMapping("/{id}/penalty")
    @Operation(summary = "对安全事件扣款 / "
            + "Finance or DEC books a penalty for a vendor-caused incident {period (default the incident's "
            + "month), hold, amount, reason} through billing and links it; once per incident (409)")
    SecurityIncidentService.IncidentView penalty(@PathVariable Long id, @RequestBody SecurityIncidentService.PenaltyInput input) {
        return incidents.linkPenalty(organization.currentActor(), id, input);
    }
}
