package cn.gov.dehong.cloud.organization;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

public record UserView(Long id, String username, String displayName, Long unitId, String unitName, Set<Role> roles,
                       boolean enabled, String email, java.time.Instant lockedUntil) {

    /**
     * Holds one of the three separated administrator duties (三员: system, security, audit administration): its
     * password and second factor are reset by a security administrator, not by the system administrator.
     */
    @JsonIgnore
    public boolean isAdministrator() {
        return roles.contains(Role.SYSTEM_ADMIN) || roles.contains(Role.SECURITY_ADMIN) || roles.contains(Role.AUDITOR);
    }
}
