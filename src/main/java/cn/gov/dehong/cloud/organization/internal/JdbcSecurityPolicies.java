package cn.gov.dehong.cloud.organization.internal;

import java.sql.Timestamp;
import java.time.Clock;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.SecurityPolicy;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcSecurityPolicies implements SecurityPolicy.Administration {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    JdbcSecurityPolicies(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SecurityPolicy current() {
        return jdbc.queryForObject("select max_failed_logins, lockout_minutes, password_max_age_days"
                        + " from org_security_policy where id = 1",
                (rs, i) -> new SecurityPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
    }

    @Override
    @Transactional
    public SecurityPolicy update(Actor securityAdmin, SecurityPolicy policy) {
        if (!securityAdmin.has(Role.SECURITY_ADMIN)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        policy.check();
        SecurityPolicy before = current();
        jdbc.update("update org_security_policy set max_failed_logins = ?, lockout_minutes = ?,"
                        + " password_max_age_days = ?, updated_at = ?, updated_by = ? where id = 1",
                policy.maxFailedLogins(), policy.lockoutMinutes(), policy.passwordMaxAgeDays(),
                Timestamp.from(clock.instant()), securityAdmin.username());
        audit.record("security.policy", "SecurityPolicy", 1, before.toString(), policy.toString());
        return current();
    }
}
