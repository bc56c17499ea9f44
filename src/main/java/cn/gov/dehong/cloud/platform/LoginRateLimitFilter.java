package cn.gov.dehong.cloud.platform;

import java.io.IOException;

import cn.gov.dehong.cloud.organization.LoginRateLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses login attempts from an address that failed too often (see {@link LoginRateLimit}) before any password is
 * checked: the login form and its TOTP step are sent back to the login page, API requests with credentials get 429
 * with {@code Retry-After}.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    private final LoginRateLimit limit;
    private final ProblemDetailAuthenticationHandler problems;

    LoginRateLimitFilter(LoginRateLimit limit, ProblemDetailAuthenticationHandler problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        boolean attempt = api ? request.getHeader("Authorization") != null
                : "POST".equals(request.getMethod()) && (path.equals("/login") || path.equals(SecondFactorLogin.STEP_URL));
        if (attempt && limit.blocked(request.getRemoteAddr())) {
            response.setHeader("Retry-After", Long.toString(limit.retryAfterSeconds()));
            if (api) {
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.error.rateLimited");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?rateLimited");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
