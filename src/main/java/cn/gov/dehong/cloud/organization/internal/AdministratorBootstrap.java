package cn.gov.dehong.cloud.organization.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.organization.PasswordPolicy;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start in production: on a database without any account, creates the three administrators of 三员分立
 * (system administrator, security administrator, auditor) on the operating unit (the DEC, created with its
 * prefecture when there is no unit yet), all or nothing, audited as actor {@value #ACTOR}. Each account gets only its
 * one duty (the same rule as {@link JpaUserAdministration#checkedRoles}) and an initial password that must meet the
 * password policy and must be changed at the first login; the three duties require a second factor
 * ({@code SecondFactor.REQUIRED_ROLES}), so each person enrols an authenticator app at that login as well.
 * <p>
 * Refused, changing nothing but a {@code bootstrap.refused} audit record, when any account exists: the bootstrap is not
 * a way back into a running platform (a lost administrator password is reset by a security administrator). Of two
 * bootstraps at once one wins (unique unit codes and usernames), the other is refused.
 */
@Service
class AdministratorBootstrap {

    static final String ACTOR = "bootstrap";
    static final String ENV_PREFIX = "DEHONG_BOOTSTRAP_";

    private final UnitRepository units;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;

    AdministratorBootstrap(UnitRepository units, UserAccountRepository users, PasswordEncoder passwordEncoder,
                           AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What the bootstrap created. */
    record Result(String unitCode, String unitName, boolean unitCreated, List<String> usernames) {
    }

    /** One of the three duties and where its settings come from (the environment variables' middle part). */
    private record Duty(Role role, String key, BootstrapSettings.Account account) {
    }

    /** Creates the three administrators, or throws {@link BootstrapRefused} having created nothing. */
    Result run(BootstrapSettings settings) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            try {
                return transaction.execute(tx -> create(settings));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException race) {
                // two bootstraps at once on an empty database: the unique unit codes and usernames let one win
                throw new BootstrapRefused("another bootstrap created the units or accounts at the same time");
            }
        } catch (BootstrapRefused refused) {
            // the attempt's own transaction has rolled back; the refusal itself is on record (who tried, why refused)
            ownTransaction.executeWithoutResult(tx -> audit.record("bootstrap.refused", "Bootstrap", "administrators",
                    null, refused.getMessage()));
            throw refused;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Result create(BootstrapSettings settings) {
        long existing = users.count();
        if (existing > 0) {
            throw new BootstrapRefused("the database already has " + existing + " user account(s); the administrators"
                    + " are created only on a database without any account (a lost administrator password is reset"
                    + " by a security administrator, see README)");
        }
        List<Duty> duties = List.of(new Duty(Role.SYSTEM_ADMIN, "ADMIN", settings.admin()),
                new Duty(Role.SECURITY_ADMIN, "SECADMIN", settings.secadmin()),
                new Duty(Role.AUDITOR, "AUDITOR", settings.auditor()));
        check(duties);

        boolean unitCreated = units.count() == 0;
        Unit unit = unitCreated ? createOperatingUnit(settings) : units.findByCode(required(settings.unitCode(),
                "UNITCODE")).orElseThrow(() -> new BootstrapRefused("the database has units but none with the code "
                + settings.unitCode() + " (" + ENV_PREFIX + "UNITCODE): name the existing operating unit"));

        List<String> created = new ArrayList<>();
        for (Duty duty : duties) {
            BootstrapSettings.Account account = duty.account();
            Set<Role> roles = JpaUserAdministration.checkedRoles(EnumSet.of(duty.role()));
            UserAccount user = new UserAccount(account.username(), passwordEncoder.encode(account.password()),
                    account.displayName().trim(), unit.getId(), blankToNull(account.email()), roles);
            // an initial password, known to whoever ran the bootstrap: the person must choose their own
            user.assignPassword(user.getPasswordHash(), clock.instant());
            users.save(user);
            audit.record("user.create", "UserAccount", account.username(), null, "unit=" + unit.getId() + " "
                    + unit.getCode() + ", roles=" + roles + ", mustChangePassword=true, secondFactor=enrol at first login");
            created.add(account.username());
        }
        audit.record("bootstrap.administrators", "Bootstrap", "administrators", null,
                "unit=" + unit.getCode() + (unitCreated ? " (created)" : "") + ", accounts=" + created);
        return new Result(unit.getCode(), unit.getName(), unitCreated, List.copyOf(created));
    }

    /** All three complete, valid, distinct and strong before anything is written. */
    private static void check(List<Duty> duties) {
        Set<String> usernames = new HashSet<>();
        Set<String> passwords = new HashSet<>();
        for (Duty duty : duties) {
            BootstrapSettings.Account account = duty.account();
            if (account == null) {
                throw new BootstrapRefused("no settings for the " + duty.role() + " account (" + ENV_PREFIX
                        + duty.key() + "_USERNAME, …_PASSWORD)");
            }
            String username = required(account.username(), duty.key() + "_USERNAME");
            if (!JpaUserAdministration.USERNAME.matcher(username).matches()) {
                throw new BootstrapRefused(ENV_PREFIX + duty.key() + "_USERNAME: 3–64 lower-case letters, digits or"
                        + " . _ -, starting with a letter");
            }
            required(account.displayName(), duty.key() + "_DISPLAYNAME");
            String password = required(account.password(), duty.key() + "_PASSWORD");
            try {
                PasswordPolicy.check(username, password);
            } catch (BusinessRuleException weak) {
                throw new BootstrapRefused(ENV_PREFIX + duty.key() + "_PASSWORD does not meet the password policy: at"
                        + " least " + PasswordPolicy.MIN_LENGTH + " characters from at least three of upper case, lower"
                        + " case, digits and symbols, not containing the username");
            }
            if (!usernames.add(username)) {
                throw new BootstrapRefused(ENV_PREFIX + duty.key() + "_USERNAME: the three administrators need three"
                        + " different usernames (三员分立)");
            }
            if (!passwords.add(password)) {
                throw new BootstrapRefused(ENV_PREFIX + duty.key() + "_PASSWORD: the three administrators need three"
                        + " different initial passwords (三员分立)");
            }
        }
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BootstrapRefused(ENV_PREFIX + key + " is not set");
        }
        return value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The prefecture (the root of the tree) and the DEC under it, as the demo has them. */
    private Unit createOperatingUnit(BootstrapSettings settings) {
        String prefectureCode = required(settings.prefectureCode(), "PREFECTURECODE");
        String prefectureName = required(settings.prefectureName(), "PREFECTURENAME");
        String unitCode = required(settings.unitCode(), "UNITCODE");
        String unitName = required(settings.unitName(), "UNITNAME");
        if (prefectureCode.equals(unitCode)) {
            throw new BootstrapRefused(ENV_PREFIX + "UNITCODE must differ from " + ENV_PREFIX + "PREFECTURECODE");
        }
        Unit prefecture = unit(prefectureCode, prefectureName, UnitKind.PREFECTURE, null, null);
        return unit(unitCode, unitName, UnitKind.AGENCY, FundingKind.PREFECTURE, prefecture);
    }

    private Unit unit(String code, String name, UnitKind kind, FundingKind fundingKind, Unit parent) {
        Unit unit = units.saveAndFlush(new Unit(code, name, kind, fundingKind, parent));
        unit.assignPath(parent);
        unit = units.saveAndFlush(unit);
        audit.record("unit.create", "Unit", code, null, "name=" + name + ", kind=" + kind
                + (fundingKind == null ? "" : ", funding=" + fundingKind)
                + (parent == null ? "" : ", parent=" + parent.getCode()));
        return unit;
    }
}
