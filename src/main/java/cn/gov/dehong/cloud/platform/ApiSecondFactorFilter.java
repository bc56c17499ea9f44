package cn.gov.dehong.cloud.platform;

import java.io.IOException;

import cn.gov.dehong.cloud.organization.SecondFactor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's rule for two-factor accounts: HTTP basic plus the header {@code X-OTP} with a current code on every
 * request (see {@link SecondFactor.Channel#API}). Without it, or with a wrong or outdated code, the request is
 * refused with 401 and the attempt is audited and counted towards the lockout.
 */
class ApiSecondFactorFilter extends OncePerRequestFilter {

    static final String HEADER = "X-OTP";

    private final SecondFactor secondFactor;
    private final ProblemDetailAuthenticationHandler problems;

    ApiSecondFactorFilter(SecondFactor secondFactor, ProblemDetailAuthenticationHandler problems) {
        this.secondFactor = secondFactor;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && secondFactor.requiredFor(authentication.getName())) {
            try {
                secondFactor.verify(authentication.getName(), request.getHeader(HEADER), SecondFactor.Channel.API);
            } catch (BusinessRuleException e) {
                SecurityContextHolder.clearContext();
                problems.write(request, response, HttpStatus.UNAUTHORIZED, e.getMessageKey());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
