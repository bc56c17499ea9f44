package cn.gov.dehong.cloud.audit;

import java.util.Set;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * GB/T 22239-2019 level 3 (安全审计) and issue 6 "bad input": an attempt to change something that the platform
 * refuses (a broken rule, a forbidden action, a concurrent change) changes nothing, and is itself audited. The
 * request's own transaction has rolled back by the time the refusal is answered, so the record is written in a new
 * one: action {@code request.refused}, object the request path, state {@code METHOD path → status code}. Reads are
 * not recorded here (they change nothing; the auditors' reads are recorded by the oversight filter).
 * <p>
 * Who records: the platform's exception handlers (API and pages) for every refusal that ends the request, the web
 * security chain for a page request refused by the role checks or by CSRF protection, and the page-form helpers of
 * the modules ({@link #record(BusinessRuleException)}) for a refusal they answer themselves with the form's page or
 * a flash message.
 */
@Component
public class RefusedAttempts {

    public static final String ACTION = "request.refused";
    private static final Logger log = LoggerFactory.getLogger(RefusedAttempts.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAX_ID = 64;

    private final AuditLog audit;
    private final TransactionTemplate transaction;

    RefusedAttempts(AuditLog audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A broken rule that a page answers itself (the form again with the message, or a redirect with a flash
     * message) instead of letting it end the request: recorded against the current request, if there is one.
     */
    public void record(BusinessRuleException refusal) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            record(attributes.getRequest(), refusal.getStatus(), refusal.getMessageKey());
        }
    }

    public void record(HttpServletRequest request, HttpStatusCode status, String code) {
        if (request == null || READS.contains(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI();
        String state = request.getMethod() + " " + path + " → " + status.value() + " " + code;
        try {
            transaction.executeWithoutResult(tx -> audit.record(ACTION, "Request",
                    path.length() > MAX_ID ? path.substring(0, MAX_ID) : path, null, state));
        } catch (RuntimeException e) {
            // the refusal itself is answered whatever happens to its audit record
            log.warn("Refused attempt {} could not be audited", state, e);
        }
    }
}
