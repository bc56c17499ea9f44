package cn.gov.dehong.cloud.organization;

/**
 * Rate limiting of the login per source address (form login, its TOTP step and the API's HTTP basic): after
 * {@code dehong.security.login-rate.max-failures} failed attempts (wrong password, unknown account or wrong code)
 * from one address within a window of {@code dehong.security.login-rate.window}, every further attempt from that
 * address is refused until the window ends. Counted in the database, so all instances agree; the first refusal of a
 * window is audited.
 */
public interface LoginRateLimit {

    boolean blocked(String ipAddress);

    /** Seconds until the current window ends (for Retry-After). */
    long retryAfterSeconds();
}
