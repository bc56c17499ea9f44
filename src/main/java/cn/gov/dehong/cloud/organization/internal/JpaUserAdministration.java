package cn.gov.dehong.cloud.organization.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.PasswordPolicy;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UserAdministration;
import cn.gov.dehong.cloud.organization.UserView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaUserAdministration implements UserAdministration {

    /** 三员: the roles that must never be combined in one account (nor with any other role). */
    static final Set<Role> SEPARATED_DUTIES = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);

    private static final String TYPE = "UserAccount";

    /** What a username looks like (also the bootstrap's administrators'). */
    static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    private final UserAccountRepository users;
    private final OrganizationDirectory organization;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final java.time.Clock clock;

    JpaUserAdministration(UserAccountRepository users, OrganizationDirectory organization,
                          PasswordEncoder passwordEncoder, AuditLog audit, java.time.Clock clock) {
        this.users = users;
        this.organization = organization;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> users() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(account -> organization.user(account.getUsername()).orElseThrow()).toList();
    }

    @Override
    public UserView create(Actor admin, NewUser user) {
        requireAdmin(admin);
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw BusinessRuleException.invalid("user.error.username");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw BusinessRuleException.invalid("error.validation");
        }
        if (users.findByUsername(user.username()).isPresent()) {
            throw BusinessRuleException.conflict("user.error.duplicate", user.username());
        }
        organization.unit(user.unitId());
        // 三员分立: the system administrator opens the account, the security administrator gives it its roles
        if (user.roles() != null && !user.roles().isEmpty()) {
            throw BusinessRuleException.forbidden("user.error.rolesBySecurityAdmin");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        PasswordPolicy.check(user.username(), user.initialPassword());
        UserAccount account = new UserAccount(user.username(), passwordEncoder.encode(user.initialPassword()),
                user.displayName().trim(), user.unitId(), user.email(), roles);
        account.assignPassword(account.getPasswordHash(), clock.instant());
        account = users.save(account);
        audit.record("user.create", TYPE, account.getUsername(), null, "unit=" + user.unitId() + ", roles=" + roles);
        return organization.user(account.getUsername()).orElseThrow();
    }

    @Override
    public UserView changeRoles(Actor admin, String username, Set<Role> roles) {
        if (!admin.has(Role.SECURITY_ADMIN)) {
            throw BusinessRuleException.forbidden("user.error.rolesBySecurityAdmin");
        }
        UserAccount account = load(username);
        if (account.getUsername().equals(admin.username())) {
            throw BusinessRuleException.forbidden("user.error.ownRoles");
        }
        Set<Role> checked = checkedRoles(roles);
        String before = account.getRoles().toString();
        account.replaceRoles(checked);
        audit.record("user.roles", TYPE, username, before, checked.toString());
        return organization.user(username).orElseThrow();
    }

    @Override
    public UserView setEnabled(Actor admin, String username, boolean enabled) {
        requireAdmin(admin);
        UserAccount account = load(username);
        if (account.getUsername().equals(admin.username())) {
            throw BusinessRuleException.forbidden("user.error.ownAccount");
        }
        account.setEnabled(enabled);
        audit.record(enabled ? "user.enable" : "user.disable", TYPE, username, null, null);
        return organization.user(username).orElseThrow();
    }

    @Override
    public void resetPassword(Actor admin, String username, String newPassword) {
        requireAccountAdministration(admin);
        UserAccount account = load(username);
        requireCredentialsReset(admin, account);
        PasswordPolicy.check(username, newPassword);
        account.assignPassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record("user.resetPassword", TYPE, username, null, null);
    }

    @Override
    public void unlock(Actor admin, String username) {
        requireAdmin(admin);
        load(username);
        users.clearFailedLogins(username);
        audit.record("user.unlock", TYPE, username, null, null);
    }

    /** An account holds at most one of the separated duties (system, security, audit administration). */
    static Set<Role> checkedRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw BusinessRuleException.invalid("user.error.noRole");
        }
        long duties = roles.stream().filter(SEPARATED_DUTIES::contains).count();
        if (duties > 0 && roles.size() > 1) {
            throw BusinessRuleException.invalid("user.error.separationOfDuties");
        }
        return EnumSet.copyOf(roles);
    }

    /** The system or the security administrator: the only ones who reset somebody else's credentials. */
    static void requireAccountAdministration(Actor admin) {
        if (!admin.has(Role.SYSTEM_ADMIN) && !admin.has(Role.SECURITY_ADMIN)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    /**
     * 三员分立 for credentials (the password and the second factor): those of an administrator account (system,
     * security or audit administration) are reset by a security administrator, never by the system administrator
     * (who could otherwise sign in as the auditor or the security administrator) and never by oneself (one's own
     * password changes on the account page, with the current one); those of every other account by the system
     * administrator.
     */
    static void requireCredentialsReset(Actor admin, UserAccount account) {
        if (account.getRoles().stream().noneMatch(SEPARATED_DUTIES::contains)) {
            requireAdmin(admin);
        } else if (!admin.has(Role.SECURITY_ADMIN)) {
            throw BusinessRuleException.forbidden("user.error.adminCredentialsBySecurityAdmin");
        } else if (account.getUsername().equals(admin.username())) {
            throw BusinessRuleException.forbidden("user.error.ownCredentials");
        }
    }

    private UserAccount load(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private static void requireAdmin(Actor admin) {
        if (!admin.has(Role.SYSTEM_ADMIN)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }
}
