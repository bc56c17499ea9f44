package cn.gov.dehong.cloud.platform;

import java.io.IOException;

import cn.gov.dehong.cloud.audit.RefusedAttempts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A page request that the role checks ({@code @PreAuthorize} on a page controller) or the CSRF protection refuse:
 * the usual 403 error page, and, for a write by a signed-in user, the attempt audited like every other refusal
 * (an audit administrator posting the user-administration form, a form posted from another site). Anonymous
 * requests are not recorded (they never reach a refusal of a rule, the login page takes them).
 */
@Component
class RefusedPageAccess implements AccessDeniedHandler {

    private final RefusedAttempts refused;
    private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    RefusedPageAccess(RefusedAttempts refused) {
        this.refused = refused;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !trust.isAnonymous(authentication)) {
            refused.record(request, HttpStatus.FORBIDDEN, e instanceof CsrfException ? "csrf" : "error.forbidden");
        }
        errorPage.handle(request, response, e);
    }
}
