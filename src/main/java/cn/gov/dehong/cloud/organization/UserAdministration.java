package cn.gov.dehong.cloud.organization;

import java.util.List;
import java.util.Set;

/**
 * User management under the separation of duties (三员分立, GB/T 22239-2019 level 3): the system administrator
 * (系统管理员) opens, disables, unlocks accounts and resets passwords but cannot give roles; the security
 * administrator (安全管理员) gives roles (and edits the password and lockout policy) but cannot open accounts; the
 * auditor (审计管理员) only reads the audit log. None of the three roles shares an account with any other role,
 * and nobody changes their own roles.
 */
public interface UserAdministration {

    record NewUser(String username, String displayName, Long unitId, String email, Set<Role> roles,
                   String initialPassword) {
    }

    List<UserView> users();

    /** Opens an account without roles (system administrator; {@code roles} must be empty). */
    UserView create(Actor admin, NewUser user);

    /** Gives an account its roles (security administrator). */

    UserView changeRoles(Actor admin, String username, Set<Role> roles);

    UserView setEnabled(Actor admin, String username, boolean enabled);

    void resetPassword(Actor admin, String username, String newPassword);

    void unlock(Actor admin, String username);
}
