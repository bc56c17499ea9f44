package cn.gov.dehong.cloud.security.internal;

import java.util.List;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The security pages: what the caller may see of systems, grants and sessions. */
@Controller
@RequestMapping("/security")
class SecurityPageController {

    private final SystemService systems;
    private final AccessService access;
    private final InspectionService inspections;
    private final OrganizationDirectory organization;

    SecurityPageController(SystemService systems, AccessService access, InspectionService inspections,
                           OrganizationDirectory organization) {
        this.systems = systems;
        this.access = access;
        this.inspections = inspections;
        this.organization = organization;
    }

    @GetMapping
    String index(Model model) {
        Actor actor = organization.currentActor();
        boolean readsSystems = SecurityAccess.isSupervisor(actor) || SecurityAccess.isUnitMember(actor);
        model.addAttribute("systems", readsSystems ? systems.list(actor, false) : List.of());
        model.addAttribute("readsSystems", readsSystems);
        model.addAttribute("findings", readsSystems ? inspections.findings(actor, false) : List.of());
        boolean readsAccess = readsSystems || SecurityAccess.isVendor(actor);
        model.addAttribute("readsAccess", readsAccess);
        model.addAttribute("grants", readsAccess ? access.grants(actor, false) : List.of());
        model.addAttribute("sessions", readsAccess ? access.sessions(actor, false) : List.of());
        model.addAttribute("isVendor", SecurityAccess.isVendor(actor));
        model.addAttribute("resources", SecurityAccess.isVendor(actor) ? access.resources(actor) : List.of());
        return "security/index";
    }
}
