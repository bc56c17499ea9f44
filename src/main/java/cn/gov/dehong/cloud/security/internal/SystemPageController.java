package cn.gov.dehong.cloud.security.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's application systems through forms (Art. 21, 24, 7, 32): register and edit a system with its three
 * responsible persons and website filing, record or import website scans, declare the year's no-classified status.
 */
@Controller
@RequestMapping("/security/systems")
class SystemPageController {

    private final SystemService systems;
    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final SecurityPageActions actions;

    SystemPageController(SystemService systems, SubscriptionManagement subscriptions,
                         OrganizationDirectory organization, SecurityPageActions actions) {
        this.systems = systems;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.actions = actions;
    }

    @GetMapping("/new")
    String create(Model model) {
        Actor actor = organization.currentActor();
        SecurityAccess.requireUnitMember(actor);
        return form(model, actor, new SystemForm(), null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        SystemService.SystemView system = systems.details(actor, id);
        boolean own = SecurityAccess.isUnitMember(actor) && system.unitId().equals(actor.unitId());
        model.addAttribute("system", system);
        model.addAttribute("editable", own);
        return form(model, actor, SystemForm.of(system), system.id());
    }

    @PostMapping
    String save(@ModelAttribute("form") SystemForm form, Model model, RedirectAttributes redirect) {
        Actor actor = organization.currentActor();
        try {
            SystemService.SystemView saved = systems.create(actor, form.toInput());
            redirect.addFlashAttribute("flashMessage", actions.text("security.page.systemSaved", saved.name()));
            return "redirect:/security/systems/" + saved.id();
        } catch (BusinessRuleException e) {
            model.addAttribute("flashError", actions.error(e));
            return form(model, actor, form, null);
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @ModelAttribute("form") SystemForm form, Model model,
                  RedirectAttributes redirect) {
        Actor actor = organization.currentActor();
        try {
            SystemService.SystemView saved = systems.update(actor, id, form.toInput());
            redirect.addFlashAttribute("flashMessage", actions.text("security.page.systemSaved", saved.name()));
            return "redirect:/security/systems/" + saved.id();
        } catch (BusinessRuleException e) {
            String message = actions.error(e);
            SystemService.SystemView system = systems.details(actor, id);
            model.addAttribute("system", system);
            model.addAttribute("editable", true);
            model.addAttribute("flashError", message);
            return form(model, actor, form, id);
        }
    }

    @PostMapping("/{id}/declaration")
    String declare(@PathVariable Long id, RedirectAttributes redirect) {
        return actions.act(redirect, "/security/systems/" + id, "security.page.declared",
                () -> systems.declare(organization.currentActor(), id));
    }

    @PostMapping("/{id}/scans")
    String scan(@PathVariable Long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scannedOn,
                @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        return actions.act(redirect, "/security/systems/" + id, "security.page.scanRecorded",
                () -> systems.recordScan(organization.currentActor(), id,
                        new SystemService.ScanInput(scannedOn, summary)));
    }

    @PostMapping("/scans/import")
    String importScans(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return actions.act(redirect, SecurityPageController.HOME + "#systems", () -> actions.text(
                "security.page.scansImported", systems.importScans(organization.currentActor(), file).imported()));
    }

    private String form(Model model, Actor actor, SystemForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("systemId", id);
        model.addAttribute("zones", PlatformZone.values());
        model.addAttribute("instances", SecurityAccess.isUnitMember(actor) ? instancesOf(actor.unitId()) : List.of());
        return "security/system";
    }

    private List<ServiceInstanceView> instancesOf(Long unitId) {
        return subscriptions.search(new DataScope(false, Set.of(unitId)), new ServiceInstanceQuery(unitId, null,
                        null, null), PageRequest.of(0, 500, Sort.by("code"))).stream()
                .filter(i -> i.status() != ServiceInstanceStatus.TERMINATED).toList();
    }
}
