package cn.gov.dehong.cloud.security.internal;

import java.time.Clock;
import java.time.LocalDate;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
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

/** Password changes of cloud hosts and databases (Art. 24): the unit confirms them; the DEC sees the overdue ones. */
@Controller
@RequestMapping(PasswordPageController.PATH)
class PasswordPageController {

    static final String PATH = "/security/passwords";

    private final PasswordRotationService passwords;
    private final OrganizationDirectory organization;
    private final SecurityPageActions actions;
    private final Clock clock;

    PasswordPageController(PasswordRotationService passwords, OrganizationDirectory organization,
                           SecurityPageActions actions, Clock clock) {
        this.passwords = passwords;
        this.organization = organization;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean overdue, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("rotations", passwords.rotations(actor, overdue));
        model.addAttribute("overdue", overdue);
        model.addAttribute("intervalDays", passwords.intervalDays());
        model.addAttribute("canConfirm", SecurityAccess.isUnitMember(actor));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE));
        return "security/passwords";
    }

    @PostMapping("/{instanceId}")
    String confirm(@PathVariable Long instanceId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedOn,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return actions.act(redirect, PATH, () -> actions.text("security.page.passwordConfirmed",
                passwords.confirm(organization.currentActor(), instanceId,
                        new PasswordRotationService.ConfirmationInput(changedOn, note)).dueOn()));
    }
}
