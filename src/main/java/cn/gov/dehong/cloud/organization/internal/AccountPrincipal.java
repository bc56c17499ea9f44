package cn.gov.dehong.cloud.organization.internal;

import java.util.Collection;
import java.util.Set;

import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.UnitMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security keeps it in the (database-backed) session: serializable values only. */
record AccountPrincipal(Long userId, String username, String password, String displayName, Long unitId,
                        String unitName, Set<Role> roles, boolean enabled, boolean accountNonLocked,
                        boolean passwordChangeRequired) implements UserDetails, UnitMember {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUnitName() {
        return unitName;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
