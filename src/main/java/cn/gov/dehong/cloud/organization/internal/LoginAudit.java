package cn.gov.dehong.cloud.organization.internal;

import java.time.Clock;
import java.time.Duration;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.SecurityPolicy;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins and logouts are audited with the source address; after the security policy's number of wrong
 * passwords (or TOTP codes) in a row an account is locked for the policy's lockout (GB/T 22239-2019 level 3: 身份鉴别,
 * 登录失败处理). Logins and logouts are recorded under the name of the person who tried. The count and the lock live in the user's row, so every instance enforces the same lock.
 */
@Component
class LoginAudit {

    private static final String TYPE = "UserAccount";

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityPolicy.Administration policies;
    private final SecondFactorPolicy secondFactor;
    private final JdbcLoginRateLimit rateLimit;

    LoginAudit(UserAccountRepository users, AuditLog audit, Clock clock, SecondFactorPolicy secondFactor,
               SecurityPolicy.Administration policies, JdbcLoginRateLimit rateLimit) {
        this.rateLimit = rateLimit;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.policies = policies;
        this.secondFactor = secondFactor;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        if (users.findByUsername(username).filter(secondFactor::requiredFor).isPresent()) {
            // the password was right; the login succeeds (and the failure count clears) only with the TOTP code
            as(event.getAuthentication(), () -> audit.record("security.login.password", TYPE, username, null, null));
            return;
        }
        users.findByUsername(username).filter(account -> account.getFailedLogins() > 0 || account.getLockedUntil() != null)
                .ifPresent(account -> users.clearFailedLogins(username));
        as(event.getAuthentication(), () -> audit.record("security.login.success", TYPE, username, null, null));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = clip(String.valueOf(event.getAuthentication().getName()));
        as(event.getAuthentication(), () -> audit.record("security.login.failure", TYPE, username, null,
                event.getException().getClass().getSimpleName()));
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            as(event.getAuthentication(), () -> countFailure(username));
            String address = clientAddress();
            as(event.getAuthentication(), () -> rateLimit.recordFailure(address));
        }
    }

    /** A wrong, replayed or missing TOTP code: audited and counted like a wrong password, whatever the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void secondFactorFailed(String username, String reason) {
        audit.record("security.mfa.failure", TYPE, username, null, reason);
        countFailure(username);
        rateLimit.recordFailure(clientAddress());
    }

    /** The TOTP code completed the login. */
    @Transactional
    public void secondFactorSucceeded(String username) {
        users.findByUsername(username).filter(account -> account.getFailedLogins() > 0 || account.getLockedUntil() != null)
                .ifPresent(account -> users.clearFailedLogins(username));
        audit.record("security.login.success", TYPE, username, null, "second factor");
    }

    private void countFailure(String username) {
        users.countFailedLogin(username);
        SecurityPolicy policy = policies.current();
        Duration lockout = Duration.ofMinutes(policy.lockoutMinutes());
        users.findByUsername(username).filter(account -> account.getFailedLogins() >= policy.maxFailedLogins())
                .ifPresent(account -> {
                    users.lock(username, clock.instant().plus(lockout));
                    audit.record("security.lockout", TYPE, username, null, "locked for " + lockout);
                });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loggedOut(LogoutSuccessEvent event) {
        as(event.getAuthentication(),
                () -> audit.record("security.logout", TYPE, event.getAuthentication().getName(), null, null));
    }

    /** The audit log names the caller from the security context: during a login that is the one trying to log in. */
    private static void as(Authentication authentication, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static String clip(String username) {
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}
