package cn.gov.dehong.cloud.assessment.internal;

import java.io.IOException;
import java.util.Set;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.audit.RefusedAttempts;
import cn.gov.dehong.cloud.organization.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Art. 27 oversight access: the auditor role (finance, 审计, 纪检 bodies) reads everything and changes nothing.
 * Runs after Spring Security (a plain servlet filter bean, lowest precedence), so the caller is known:
 * <ul>
 * <li>every GET of an auditor on a page or the API writes one audit record ("oversight.view", the path and the
 * query) in its own short transaction, before the request is served;</li>
 * <li>any other method of an auditor is refused with 403 (ProblemDetail on the API), except logging in and out,
 * changing one's own password and verifying the audit log's hash chain; the refused attempt is audited
 * ({@link RefusedAttempts}: an audit administrator trying to change a user leaves a record).</li>
 * </ul>
 * Static resources are neither audited nor refused.
 */
@Component
class OversightFilter extends OncePerRequestFilter {

    static final String ACTION = "oversight.view";
    private static final String READ_ONLY = "assessment.error.auditorReadOnly";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Logging in and out, one's own password, and verifying the audit log's hash chain (the auditor's own check). */
    private static final Set<String> ALLOWED_WRITES = Set.of("/login", "/logout", "/account/password", "/audit/chain",
            "/api/v1/audit/chain/verification");
    private static final String[] STATIC = {"/css/", "/js/", "/webjars/", "/favicon.ico", "/error"};
    private static final int MAX_ID = 64;
    private static final int MAX_STATE = 4000;

    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final RefusedAttempts refused;

    OversightFilter(AuditLog audit, PlatformTransactionManager transactions, MessageSource messages, ObjectMapper json,
                    RefusedAttempts refused) {
        this.audit = audit;
        this.refused = refused;
        this.messages = messages;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        for (String prefix : STATIC) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isAuditor(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        String path = path(request);
        if (!READS.contains(request.getMethod())) {
            if (ALLOWED_WRITES.contains(path)) {
                chain.doFilter(request, response);
                return;
            }
            refused.record(request, HttpStatus.FORBIDDEN, READ_ONLY);
            refuse(path, response);
            return;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String target = query == null ? path : path + "?" + query;
            transaction.executeWithoutResult(status -> audit.record(ACTION, "Request",
                    path.length() > MAX_ID ? path.substring(0, MAX_ID) : path, null,
                    "GET " + (target.length() > MAX_STATE - 4 ? target.substring(0, MAX_STATE - 4) : target)));
        }
        chain.doFilter(request, response);
    }

    private void refuse(String path, HttpServletResponse response) throws IOException {
        if (path.startsWith("/api/")) {
            // the same ProblemDetail shape as every API error, its detail in the caller's language
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.getMessage(
                    READ_ONLY, null, LocaleContextHolder.getLocale()));
            problem.setTitle(messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
            problem.setProperty("code", READ_ONLY);
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), problem);
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    static boolean isAuditor(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.AUDITOR.authority().equals(a.getAuthority()));
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
