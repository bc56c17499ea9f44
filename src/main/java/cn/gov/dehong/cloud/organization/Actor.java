package cn.gov.dehong.cloud.organization;

import java.util.LinkedHashSet;
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

    /**
     * The addresses of work and notices meant for this caller: each role ("DEC_ACCEPTOR"), each role bound to the
     * caller's unit ("UNIT_LEADER@12"), and the caller personally ("user:li.ming").
     */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : roles) {
            groups.add(role.name());
            groups.add(groupOf(role, unitId));
        }
        groups.add(personal(username));
        return groups;
    }

    public static String groupOf(Role role, Long unitId) {
        return role.name() + "@" + unitId;
    }

    public static String personal(String username) {
        return "user:" + username;
    }

    /** True when a role of the caller sees every unit's data (DEC, finance, vendor, auditors...). */
    public boolean seesEverything() {
        return roles.stream().anyMatch(role -> role.scope() == Role.Scope.ALL);
    }
}
