package cn.gov.dehong.cloud.operations.internal;

import java.util.List;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Incidents (故障) raised by monitoring: the list, one incident, and the DEC's assignment of unmapped ones. */
@Controller
@RequestMapping("/operations/incidents")
class IncidentPageController {

    private final IncidentService incidents;
    private final DutyRoster roster;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    IncidentPageController(IncidentService incidents, DutyRoster roster, OrganizationDirectory organization,
                           MessageSource messages) {
        this.incidents = incidents;
        this.roster = roster;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean unmapped, @PageableDefault(size = 20) Pageable pageable,
                Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", incidents.list(actor, unmapped, PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 200), Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("unmapped", unmapped);
        model.addAttribute("duty", roster.current());
        return "operations/incidents";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("i", incidents.details(actor, id));
        boolean canAssign = actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR, Role.VENDOR_OPERATOR);
        model.addAttribute("canAssign", canAssign);
        if (canAssign) {
            model.addAttribute("units", organization.units().stream().filter(UnitView::isAgency).toList());
        }
        return "operations/incident";
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable Long id, @RequestParam(required = false) List<Long> unitIds, RedirectAttributes redirect) {
        incidents.assign(organization.currentActor(), id, unitIds);
        redirect.addFlashAttribute("flashMessage", messages.getMessage("operations.flash.saved", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/operations/incidents/" + id;
    }
}
