package cn.gov.dehong.cloud.platform;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The state between the password and the TOTP code: an anonymous token (so {@code authenticated()} grants nothing)
 * that remembers the password authentication and the person's name (so the audit log names who is trying). Only
 * {@code /login/otp} accepts it; the code swaps it for the full authentication. Lives in the database session.
 */
final class MfaAuthentication extends AnonymousAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final Authentication first;

    MfaAuthentication(Authentication first) {
        super("mfa", first.getPrincipal(), AuthorityUtils.createAuthorityList("MFA_PENDING"));
        this.first = first;
    }

    Authentication first() {
        return first;
    }

    static List<String> authorities() {
        return List.of("MFA_PENDING");
    }
}
