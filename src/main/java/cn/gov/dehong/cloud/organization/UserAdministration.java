package cn.gov.dehong.cloud.organization;

import java.util.List;
import java.util.Set;

/**
 * User management under the separation of duties (三员分立, GB/T 22239-2019 level 3): the system administrator
 * (系统管理员) opens, disables, unlocks accounts and resets the passwords of ordinary accounts but cannot give roles;
 * the security administrator (安全管理员) gives roles, edits the password and lockout policy and resets the passwords
 * of the administrator accounts (not its own) but cannot open accounts; the
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

    /**
     * Sets a password the person must change at the next login: an ordinary account's by the system administrator,
     * an administrator account's (system, security, audit administration) by a security administrator other than
     * its holder (三员分立: the system administrator never holds the other two's credentials).
     */
    void resetPassword(Actor admin, String username, String newPassword);

    void unlock(Actor admin, String username);
}
