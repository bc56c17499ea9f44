package cn.gov.dehong.cloud.organization.internal;

import java.time.Clock;
import java.time.Duration;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.PasswordPolicy;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.organization.SecurityPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password: the current one must be right, the new one must meet the complexity rule and
 * must not be one of the last five (GB/T 22239-2019 level 3: 口令复杂度、定期更换). Passwords expire after
 * the security policy's maximum age (90 days by default); an administrator-set password must be changed at
 * the first login.
 */
@Service
class PasswordChanges {

    static final int HISTORY = 5;

    private final UserAccountRepository users;
    private final PasswordHistoryRepository history;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityPolicy.Administration policies;

    PasswordChanges(UserAccountRepository users, PasswordHistoryRepository history, PasswordEncoder passwordEncoder,
                    AuditLog audit, Clock clock, SecurityPolicy.Administration policies) {
        this.users = users;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.policies = policies;
    }

    boolean changeRequired(UserAccount account) {
        return account.passwordChangeRequired(clock.instant(),
                Duration.ofDays(policies.current().passwordMaxAgeDays()));
    }

    @Transactional
    void change(String username, String currentPassword, String newPassword, String confirmation) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw BusinessRuleException.invalid("user.error.currentPassword");
        }
        if (newPassword == null || !newPassword.equals(confirmation)) {
            throw BusinessRuleException.invalid("user.error.confirmation");
        }
        PasswordPolicy.check(username, newPassword);
        boolean reused = passwordEncoder.matches(newPassword, account.getPasswordHash())
                || history.findTop5ByUserIdOrderByIdDesc(account.getId()).stream()
                .anyMatch(former -> passwordEncoder.matches(newPassword, former.getPasswordHash()));
        if (reused) {
            throw BusinessRuleException.invalid("user.error.passwordReused", HISTORY);
        }
        history.save(new PasswordHistory(account.getId(), account.getPasswordHash(), clock.instant()));
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record("user.changePassword", "UserAccount", username, null, null);
    }
}
