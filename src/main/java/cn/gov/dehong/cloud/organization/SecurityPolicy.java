package cn.gov.dehong.cloud.organization;

/**
 * The password and lockout policy (GB/T 22239-2019 level 3 身份鉴别: 登录失败处理, 口令定期更换), kept in the
 * database so every instance applies the same values, and changed only by the security administrator.
 */
public record SecurityPolicy(int maxFailedLogins, int lockoutMinutes, int passwordMaxAgeDays) {

    /** Bounds that keep the policy within level 3 (a lock at all, a password change at least every 180 days). */
    public void check() {
        if (maxFailedLogins < 3 || maxFailedLogins > 10 || lockoutMinutes < 10 || lockoutMinutes > 1440
                || passwordMaxAgeDays < 30 || passwordMaxAgeDays > 180) {
            throw cn.gov.dehong.cloud.shared.BusinessRuleException.invalid("policy.error.range");
        }
    }

    /** Read by everyone who needs it; changed by the security administrator only (audited). */
    public interface Administration {

        SecurityPolicy current();

        SecurityPolicy update(Actor securityAdmin, SecurityPolicy policy);
    }
}
