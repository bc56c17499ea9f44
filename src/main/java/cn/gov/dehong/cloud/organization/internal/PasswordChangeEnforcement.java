package cn.gov.dehong.cloud.organization.internal;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone whose password expired or was set by an administrator can do nothing but change it: pages redirect to
 * the change form, API calls answer 403 with {@code user.error.passwordChangeRequired}.
 */
@Configuration
class PasswordChangeEnforcement implements WebMvcConfigurer, HandlerInterceptor {

    static final String CHANGE_PAGE = "/account/password";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(CHANGE_PAGE, "/login", "/login/otp", "/logout", "/error", "/css/**",
                "/js/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.passwordChangeRequired()) {
            if (request.getRequestURI().startsWith("/api/")) {
                throw BusinessRuleException.forbidden("user.error.passwordChangeRequired");
            }
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return false;
        }
        return true;
    }
}
