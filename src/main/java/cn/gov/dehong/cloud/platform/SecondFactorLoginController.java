package cn.gov.dehong.cloud.platform;

import cn.gov.dehong.cloud.organization.SecondFactor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login's second step: the TOTP code (or, the first time, the enrolment of the authenticator app). */
@Controller
class SecondFactorLoginController {

    private final SecondFactor secondFactor;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorLoginController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping(SecondFactorLogin.STEP_URL)
    String form(Model model) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof MfaAuthentication pending)) {
            return "redirect:/login";
        }
        return page(pending.getName(), model);
    }

    @PostMapping(SecondFactorLogin.STEP_URL)
    String verify(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof MfaAuthentication pending)) {
            return "redirect:/login";
        }
        String username = pending.getName();
        try {
            if (secondFactor.enrolled(username)) {
                secondFactor.verify(username, code, SecondFactor.Channel.FORM);
            } else {
                secondFactor.confirmEnrolment(username, code);
            }
        } catch (BusinessRuleException e) {
            if ("mfa.error.locked".equals(e.getMessageKey())) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:/login?error";
            }
            response.setStatus(e.getStatus().value());
            model.addAttribute("mfaError", e.getMessageKey());
            return page(username, model);
        }
        Authentication full = pending.first();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }

    private String page(String username, Model model) {
        boolean enrolled = secondFactor.enrolled(username);
        model.addAttribute("enrolled", enrolled);
        if (!enrolled) {
            model.addAttribute("enrolment", secondFactor.startEnrolment(username));
        }
        return "login-otp";
    }
}
