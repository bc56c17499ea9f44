package cn.gov.dehong.cloud.organization;

import java.util.Set;

public record UserView(Long id, String username, String displayName, Long unitId, String unitName, Set<Role> roles,
                       boolean enabled, String email, java.time.Instant lockedUntil) {
}
