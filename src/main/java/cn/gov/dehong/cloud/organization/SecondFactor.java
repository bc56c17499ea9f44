package cn.gov.dehong.cloud.organization;

/**
 * Two-factor authentication with time-based one-time passwords (TOTP, RFC 6238; GB/T 22239-2019 level 3 身份鉴别:
 * 两种或两种以上组合的鉴别技术). Required for the three administrators of 三员分立 (system, security, audit), the DEC
 * and finance ({@link #REQUIRED_ROLES}), optional for everyone else; once enrolled, always asked. A code is accepted
 * once: the last accepted time step is kept in the account's row, so a replayed code fails on every instance.
 */
public interface SecondFactor {

    java.util.Set<Role> REQUIRED_ROLES = java.util.EnumSet.of(Role.SYSTEM_ADMIN, Role.DEC_ACCEPTOR,
            Role.DEC_REVIEWER, Role.FINANCE, Role.SECURITY_ADMIN, Role.AUDITOR);

    /** Where a code is presented. */
    enum Channel {
        /** The login form's second step: the code's time step must be newer than the last one accepted. */
        FORM,
        /**
         * An API request with HTTP basic and {@code X-OTP}: HTTP basic re-sends its credentials on every request,
         * so the code of the newest accepted step may authorise several requests within its 30 seconds; an older
         * step is refused.
         */
        API
    }

    /** A new secret waiting for its first code. */
    record Enrolment(String secret, String otpauthUri, String qrCodeDataUri) {
    }

    /** Whether this account must give a code after its password (required by role, or enrolled). */
    boolean requiredFor(String username);

    boolean enrolled(String username);

    /** Creates (or replaces) the account's pending secret and returns it for the authenticator app. */
    Enrolment startEnrolment(String username);

    /** Activates the pending secret when the code matches; audited. */
    void confirmEnrolment(String username, String code);

    /**
     * Checks a login code; success and failure are audited, failures count towards the account lockout (the
     * failure is recorded even though the exception rolls back the caller's transaction).
     */
    void verify(String username, String code, Channel channel);

    /** The person turns the second factor off (only where their roles do not require it); needs a current code. */
    void disable(String username, String code);

    /**
     * Recovery: clears a lost authenticator, the person enrols again at the next login. The same separation of
     * duties as a password reset: an ordinary account's by the system administrator, an administrator account's by a
     * security administrator other than its holder.
     */
    void reset(Actor admin, String username);
}
