package cn.gov.dehong.cloud.organization.internal;

import java.time.Clock;
import java.time.Duration;

import cn.gov.dehong.cloud.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins and logouts are audited with the source address; after {@code dehong.security.max-failed-logins} wrong
 * passwords in a row an account is locked for {@code dehong.security.lockout} (GB/T 22239-2019 level 3: 身份鉴别,
 * 登录失败处理). Logins and logouts are recorded under the name of the person who tried. The count and the lock live in the user's row, so every instance enforces the same lock.
 */
@Component
class LoginAudit {

    private static final String TYPE = "UserAccount";

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockout;

    LoginAudit(UserAccountRepository users, AuditLog audit, Clock clock,
               @Value("${dehong.security.max-failed-logins:5}") int maxFailedLogins,
               @Value("${dehong.security.lockout:PT30M}") Duration lockout) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
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
            users.countFailedLogin(username);
            users.findByUsername(username).filter(account -> account.getFailedLogins() >= maxFailedLogins)
                    .ifPresent(account -> {
                        users.lock(username, clock.instant().plus(lockout));
                        as(event.getAuthentication(),
                                () -> audit.record("security.lockout", TYPE, username, null, "locked for " + lockout));
                    });
        }
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

    private static String clip(String username) {
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}
