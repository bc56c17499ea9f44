package cn.gov.dehong.cloud.organization.internal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.SecondFactor;
import cn.gov.dehong.cloud.organization.SecurityPolicy;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UserAdministration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts (system administrator) and roles (security administrator) on one page; the service enforces who does what. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
class UserAdminController {

    private final UserAdministration administration;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final SecondFactor secondFactor;
    private final SecurityPolicy.Administration policies;

    UserAdminController(UserAdministration administration, OrganizationDirectory organization, MessageSource messages,
                        SecondFactor secondFactor, SecurityPolicy.Administration policies) {
        this.administration = administration;
        this.organization = organization;
        this.messages = messages;
        this.secondFactor = secondFactor;
        this.policies = policies;
    }

    @PostMapping("/admin/users/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(required = false) List<Role> roles,
                 RedirectAttributes redirect) {
        administration.changeRoles(organization.currentActor(), username,
                roles == null ? Set.of() : EnumSet.copyOf(roles));
        return done(redirect);
    }

    @GetMapping("/admin/policy")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String policy(Model model) {
        model.addAttribute("policy", policies.current());
        return "organization/policy";
    }

    @PostMapping("/admin/policy")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String updatePolicy(@RequestParam int maxFailedLogins, @RequestParam int lockoutMinutes,
                        @RequestParam int passwordMaxAgeDays, RedirectAttributes redirect) {
        policies.update(organization.currentActor(),
                new SecurityPolicy(maxFailedLogins, lockoutMinutes, passwordMaxAgeDays));
        redirect.addFlashAttribute("flashMessage",
                messages.getMessage("user.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:/admin/policy";
    }

    /** Recovery of a lost authenticator: the person enrols again at the next login (audited). */
    @PostMapping("/admin/users/{username}/second-factor/reset")
    String resetSecondFactor(@PathVariable String username, RedirectAttributes redirect) {
        secondFactor.reset(organization.currentActor(), username);
        return done(redirect);
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", administration.users());
        model.addAttribute("units", organization.units().stream().filter(u -> u.kind() != UnitKind.STATIONED_GROUP).toList());
        model.addAttribute("roles", Role.values());
        return "organization/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Long unitId,
                  @RequestParam(required = false) String email, @RequestParam String initialPassword, RedirectAttributes redirect) {
        administration.create(organization.currentActor(), new UserAdministration.NewUser(username.trim(), displayName,
                unitId, email, Set.of(), initialPassword));
        return done(redirect);
    }

    @PostMapping("/admin/users/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        administration.unlock(organization.currentActor(), username);
        return done(redirect);
    }

    @PostMapping("/admin/users/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        administration.setEnabled(organization.currentActor(), username, enabled);
        return done(redirect);
    }

    @PostMapping("/admin/users/{username}/password")
    String password(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
        administration.resetPassword(organization.currentActor(), username, password);
        return done(redirect);
    }

    private String done(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashMessage",
                messages.getMessage("user.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:/admin/users";
    }
}
