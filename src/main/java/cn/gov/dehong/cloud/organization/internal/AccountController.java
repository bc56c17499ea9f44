package cn.gov.dehong.cloud.organization.internal;

import cn.gov.dehong.cloud.organization.SecondFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The person's own account: change the password (also the forced first-login and expiry change). */
@Controller
class AccountController {

    static final String SECOND_FACTOR_PAGE = "/account/second-factor";

    private final PasswordChanges passwords;
    private final AccountDetailsService accounts;
    private final SecondFactor secondFactor;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(PasswordChanges passwords, AccountDetailsService accounts, SecondFactor secondFactor) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.secondFactor = secondFactor;
    }

    /** Optional two-factor authentication for everyone (required roles enrol at the login). */
    @GetMapping(SECOND_FACTOR_PAGE)
    String secondFactor(@RequestParam(defaultValue = "false") boolean enrol, Model model) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        boolean enrolled = secondFactor.enrolled(username);
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", accounts.requiresSecondFactorByRole(username));
        if (!enrolled && enrol) {
            model.addAttribute("enrolment", secondFactor.startEnrolment(username));
        }
        return "organization/second-factor";
    }

    @PostMapping(SECOND_FACTOR_PAGE)
    String changeSecondFactor(@RequestParam String action, @RequestParam String code) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        if ("disable".equals(action)) {
            secondFactor.disable(username, code);
        } else {
            secondFactor.confirmEnrolment(username, code);
        }
        return "redirect:" + SECOND_FACTOR_PAGE + "?saved";
    }

    @GetMapping(PasswordChangeEnforcement.CHANGE_PAGE)
    String form(Model model) {
        var principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        model.addAttribute("required", principal instanceof AccountPrincipal account && account.passwordChangeRequired());
        return "organization/password";
    }

    @PostMapping(PasswordChangeEnforcement.CHANGE_PAGE)
    String change(@RequestParam String currentPassword, @RequestParam String newPassword,
                  @RequestParam String confirmation, HttpServletRequest request, HttpServletResponse response) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        passwords.change(username, currentPassword, newPassword, confirmation);
        // the session's principal no longer needs a change
        UserDetails refreshed = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/?passwordChanged";
    }
}
