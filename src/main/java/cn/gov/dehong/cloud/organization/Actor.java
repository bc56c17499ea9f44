package cn.gov.dehong.cloud.organization;

import java.util.Set;

/** The authenticated caller: who, in which unit, with which roles. */
public record Actor(Long userId, String username, String displayName, Long unitId, String unitName, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True when a role of the caller sees every unit's data (DEC, finance, vendor, auditors...). */
    public boolean seesEverything() {
        return roles.stream().anyMatch(role -> role.scope() == Role.Scope.ALL);
    }
}
