package cn.gov.dehong.cloud.security.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Security incidents (Art. 26, 30): the list, the record form, and the penalty link for finance and the DEC. */
@Controller
@RequestMapping(SecurityIncidentService.LINK)
class SecurityIncidentPageController {

    private final SecurityIncidentService incidents;
    private final SystemService systems;
    private final OrganizationDirectory organization;
    private final SecurityPageActions actions;

    SecurityIncidentPageController(SecurityIncidentService incidents, SystemService systems, OrganizationDirectory organization,
                           SecurityPageActions actions) {
        this.incidents = incidents;
        this.systems = systems;
        this.organization = organization;
        this.actions = actions;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = organization.currentActor();
        boolean anywhere = SecurityIncidentService.mayRecordAnywhere(actor);
        boolean unit = SecurityAccess.isUnitMember(actor);
        model.addAttribute("incidents", incidents.incidents(actor));
        model.addAttribute("canRecord", anywhere || unit);
        model.addAttribute("canRecordCloud", anywhere);
        model.addAttribute("canLinkPenalty", SecurityIncidentService.mayLinkPenalty(actor));
        model.addAttribute("systems", (SecurityAccess.isSupervisor(actor) || unit) ? systems.list(actor, false)
                : List.of());
        model.addAttribute("scopes", SecurityIncident.Scope.values());
        model.addAttribute("severities", SecurityIncident.Severity.values());
        return "security/incidents";
    }

    @PostMapping
    String record(@RequestParam(required = false) SecurityIncident.Scope scope,
                  @RequestParam(required = false) Long systemId,
                  @RequestParam(required = false) SecurityIncident.Severity severity,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                  LocalDateTime occurredAt, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String cause, @RequestParam(required = false) String impact,
                  @RequestParam(required = false) String handling,
                  @RequestParam(defaultValue = "false") boolean vendorCaused, RedirectAttributes redirect) {
        return actions.act(redirect, SecurityIncidentService.LINK, () -> actions.text("security.page.incidentRecorded",
                incidents.record(organization.currentActor(), new SecurityIncidentService.IncidentInput(scope, systemId,
                        severity, SecurityPageActions.instant(occurredAt), title, cause, impact, handling,
                        vendorCaused)).reference()));
    }

    @PostMapping("/{id}/penalty")
    String penalty(@PathVariable Long id, @RequestParam(required = false) String period,
                   @RequestParam(defaultValue = "false") boolean hold,
                   @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        return actions.act(redirect, SecurityIncidentService.LINK, "security.page.penaltyLinked",
                () -> incidents.linkPenalty(organization.currentActor(), id,
                        new SecurityIncidentService.PenaltyInput(period, hold, amount, reason)));
    }
}
