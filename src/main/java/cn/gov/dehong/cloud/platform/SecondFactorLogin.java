package cn.gov.dehong.cloud.platform;

import java.io.IOException;

import cn.gov.dehong.cloud.organization.SecondFactor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After the password: an account without a second factor is logged in as before; one that needs it (by role, or
 * enrolled) is only half logged in ({@link MfaAuthentication}) and sent to {@code /login/otp} for its code (or to
 * enrol first, when its role requires a factor it does not have yet).
 */
class SecondFactorLogin implements AuthenticationSuccessHandler {

    static final String STEP_URL = "/login/otp";

    private final SecondFactor secondFactor;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler complete = new SavedRequestAwareAuthenticationSuccessHandler();

    SecondFactorLogin(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        complete.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (!secondFactor.requiredFor(authentication.getName())) {
            complete.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new MfaAuthentication(authentication));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + STEP_URL);
    }
}
