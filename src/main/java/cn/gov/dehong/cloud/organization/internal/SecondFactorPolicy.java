package cn.gov.dehong.cloud.organization.internal;

import java.util.Collections;
import java.util.Set;

import cn.gov.dehong.cloud.organization.SecondFactor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must give a TOTP code: an enrolled account, or one holding a role of {@link SecondFactor#REQUIRED_ROLES}.
 * The demo accounts listed in {@code dehong.security.mfa.demo-exempt} are exempt, and only while the demo data is on
 * ({@code dehong.demo.enabled=true}, never in the {@code prod} profile): the demo and the test suite log them in with
 * the password alone. Every other account, including any created by an administrator in the demo, is not exempt.
 */
@Component
class SecondFactorPolicy {

    private final Set<String> exempt;

    SecondFactorPolicy(@Value("${dehong.demo.enabled:false}") boolean demo,
                       @Value("${dehong.security.mfa.demo-exempt:}") Set<String> demoExempt) {
        this.exempt = demo ? Set.copyOf(demoExempt) : Collections.emptySet();
    }

    boolean exempt(String username) {
        return exempt.contains(username);
    }

    boolean requiredFor(UserAccount account) {
        if (exempt(account.getUsername())) {
            return false;
        }
        return account.isTotpEnabled() || roleRequires(account);
    }

    static boolean roleRequires(UserAccount account) {
        return account.getRoles().stream().anyMatch(SecondFactor.REQUIRED_ROLES::contains);
    }
}
