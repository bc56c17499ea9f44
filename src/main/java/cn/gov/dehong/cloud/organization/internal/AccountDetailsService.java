package cn.gov.dehong.cloud.organization.internal;

import java.util.EnumSet;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final UnitRepository units;
    private final java.time.Clock clock;
    private final PasswordChanges passwords;

    AccountDetailsService(UserAccountRepository users, UnitRepository units, java.time.Clock clock,
                          PasswordChanges passwords) {
        this.users = users;
        this.units = units;
        this.clock = clock;
        this.passwords = passwords;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        String unitName = units.findById(account.getUnitId()).map(Unit::getName).orElse("");
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.getDisplayName(), account.getUnitId(), unitName,
                account.getRoles().isEmpty() ? EnumSet.noneOf(cn.gov.dehong.cloud.organization.Role.class)
                        : EnumSet.copyOf(account.getRoles()),
                account.isEnabled(), !account.isLockedAt(clock.instant()), passwords.changeRequired(account));
    }

    @Transactional(readOnly = true)
    boolean requiresSecondFactorByRole(String username) {
        return users.findByUsername(username).map(SecondFactorPolicy::roleRequires).orElse(false);
    }
}
