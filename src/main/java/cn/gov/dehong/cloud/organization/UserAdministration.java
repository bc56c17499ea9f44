package cn.gov.dehong.cloud.organization;

import java.util.List;
import java.util.Set;

/**
 * The system administrator's user management. Separation of duties (三员分立): no account holds more than one of
 * the system-administrator and auditor roles, and administrators cannot give themselves other roles.
 */
public interface UserAdministration {

    record NewUser(String username, String displayName, Long unitId, String email, Set<Role> roles,
                   String initialPassword) {
    }

    List<UserView> users();

    UserView create(Actor admin, NewUser user);

    UserView changeRoles(Actor admin, String username, Set<Role> roles);

    UserView setEnabled(Actor admin, String username, boolean enabled);

    void resetPassword(Actor admin, String username, String newPassword);

    void unlock(Actor admin, String username);
}
