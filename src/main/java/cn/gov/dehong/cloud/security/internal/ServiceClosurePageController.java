package cn.gov.dehong.cloud.security.internal;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ended services' data handover and purge (Art. 23): the unit confirms or disputes; the DEC sees the open ones. */
@Controller
@RequestMapping(ServiceClosureService.LINK)
class ServiceClosurePageController {

    private final ServiceClosureService closures;
    private final OrganizationDirectory organization;
    private final SecurityPageActions actions;

    ServiceClosurePageController(ServiceClosureService closures, OrganizationDirectory organization,
                                 SecurityPageActions actions) {
        this.closures = closures;
        this.organization = organization;
        this.actions = actions;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean open, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("closures", closures.closures(actor, open));
        model.addAttribute("open", open);
        model.addAttribute("canConfirm", SecurityAccess.isUnitMember(actor));
        return "security/closures";
    }

    @PostMapping("/{id}/confirmations")
    String confirm(@PathVariable Long id, @RequestParam(required = false) Long version,
                   @RequestParam(required = false) ServiceClosure.Part part, RedirectAttributes redirect) {
        return actions.act(redirect, ServiceClosureService.LINK, () -> {
            ServiceClosureService.ClosureView view = closures.confirm(organization.currentActor(), id,
                    new ServiceClosureService.ConfirmationInput(version, part));
            return actions.text(view.status() == ServiceClosure.Status.CLOSED ? "security.page.closureClosed"
                    : "security.page.closurePartConfirmed");
        });
    }

    @PostMapping("/{id}/disputes")
    String dispute(@PathVariable Long id, @RequestParam(required = false) Long version,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return actions.act(redirect, ServiceClosureService.LINK, "security.page.closureDisputed",
                () -> closures.dispute(organization.currentActor(), id,
                        new ServiceClosureService.DisputeInput(version, note)));
    }
}
