package cn.gov.dehong.cloud.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import cn.gov.dehong.cloud.DehongCloudApplication;
import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.audit.AuditQuery;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.SecondFactor;
import cn.gov.dehong.cloud.support.Concurrently;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import jakarta.servlet.http.Cookie;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 13 (1), the first start in production: on a database of its own without demo data (no unit, no account, as
 * the {@code prod} profile starts), the bootstrap refuses weak and incomplete settings without creating anything,
 * then creates exactly the three administrators of 三员分立 on the operating unit, refuses a second run (also as the
 * one-shot command, with a non-zero exit code) without changing anything, and each administrator's first login
 * enrols the authenticator app and changes the initial password before anything else opens. All of it is audited.
 * The steps build on each other, hence the order.
 */
@SpringBootTest(properties = {"dehong.test.isolated-database=bootstrap", "dehong.demo.enabled=false"})
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministratorBootstrapIT {

    private static final Map<String, String> INITIAL = Map.of("sys.root", "Chushi#Sys2026", "sec.root",
            "Chushi#Sec2026", "aud.root", "Chushi#Aud2026");

    @Autowired AdministratorBootstrap bootstrap;
    @Autowired BootstrapSettings configured;
    @Autowired SecondFactor secondFactor;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    private final Totp totp = new Totp();

    @Test
    @Order(1)
    void weakMissingOrSharedPasswordsAreRefusedAndNothingIsCreated() {
        assertThat(count("org_user")).as("an empty database, as prod starts").isZero();
        assertThat(count("org_unit")).isZero();
        clock.setShanghai(LocalDateTime.of(2026, 11, 10, 9, 0));
        // the defaults of application.properties, read as an operator leaves them; no password among them
        assertThat(configured.enabled()).isFalse();
        assertThat(List.of(configured.prefectureCode(), configured.prefectureName(), configured.unitCode(),
                configured.unitName(), configured.admin().username(), configured.admin().displayName(),
                configured.secadmin().username(), configured.secadmin().displayName(), configured.auditor().username(),
                configured.auditor().displayName())).containsExactly("5331", "德宏州", "5331-DEC", "德宏州数字经济发展中心",
                "admin", "系统管理员", "secadmin", "安全管理员", "auditor", "审计管理员");
        assertThat(List.of(configured.admin(), configured.secadmin(), configured.auditor()))
                .allSatisfy(account -> assertThat(account.password()).isNull());

        // only two character classes, the username inside, too short, missing, the same as another's
        assertRefused(settings("Chushi#Sys2026", "chushisec2026", "Chushi#Aud2026"),
                "DEHONG_BOOTSTRAP_SECADMIN_PASSWORD does not meet the password policy");
        assertRefused(settings("Sys.Root#2026", "Chushi#Sec2026", "Chushi#Aud2026"),
                "DEHONG_BOOTSTRAP_ADMIN_PASSWORD does not meet the password policy");
        assertRefused(settings("Chushi#Sys2026", "Chushi#Sec2026", "Ab#1234"),
                "DEHONG_BOOTSTRAP_AUDITOR_PASSWORD does not meet the password policy");
        assertRefused(settings("Chushi#Sys2026", "Chushi#Sec2026", null), "DEHONG_BOOTSTRAP_AUDITOR_PASSWORD is not set");
        assertRefused(settings("Chushi#Sys2026", "Chushi#Sec2026", "Chushi#Sys2026"),
                "DEHONG_BOOTSTRAP_AUDITOR_PASSWORD: the three administrators need three different initial passwords");

        assertThat(count("org_user")).isZero();
        assertThat(count("org_unit")).isZero();
        assertThat(audit.forObject("Bootstrap", "administrators")).extracting(AuditEntry::action, AuditEntry::actor)
                .hasSize(5).containsOnly(tuple("bootstrap.refused", "bootstrap"));
        // the refusals name the setting, never the password
        assertThat(audit.forObject("Bootstrap", "administrators")).extracting(AuditEntry::after)
                .noneMatch(after -> after.contains("chushisec2026") || after.contains("Ab#1234"));
    }

    @Test
    @Order(2)
    void onAnEmptyDatabaseTheBootstrapCreatesExactlyTheThreeAdministratorsOnTheOperatingUnit() throws Exception {
        // two operators at once (or a command started twice): one wins, the other is refused
        BootstrapSettings settings = settings(INITIAL.get("sys.root"), INITIAL.get("sec.root"), INITIAL.get("aud.root"));
        List<Object> outcomes = Concurrently.run(() -> attempt(settings), () -> attempt(settings));
        assertThat(outcomes).filteredOn(BootstrapRefused.class::isInstance).hasSize(1);
        AdministratorBootstrap.Result result = outcomes.stream().filter(AdministratorBootstrap.Result.class::isInstance)
                .map(AdministratorBootstrap.Result.class::cast).findFirst().orElseThrow();
        assertThat(result.unitCreated()).isTrue();
        assertThat(result.usernames()).containsExactly("sys.root", "sec.root", "aud.root");

        // the operating unit (the DEC) under the prefecture, from the settings
        assertThat(jdbc.queryForList("select code, name, kind, funding_kind from org_unit order by id"))
                .extracting(row -> row.get("code") + " " + row.get("name") + " " + row.get("kind") + " "
                        + row.get("funding_kind"))
                .containsExactly("5331 德宏州 PREFECTURE null", "5331-DEC 德宏州数字经济发展中心 AGENCY PREFECTURE");
        Long decId = jdbc.queryForObject("select id from org_unit where code = '5331-DEC'", Long.class);
        Long prefectureId = jdbc.queryForObject("select id from org_unit where code = '5331'", Long.class);
        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, decId))
                .isEqualTo(prefectureId);

        // exactly three accounts, one duty each, on the DEC, initial password to be changed, no factor yet
        assertThat(jdbc.queryForList("select u.username, r.role, u.unit_id, u.must_change_password, u.totp_enabled,"
                        + " u.enabled from org_user u join org_user_role r on r.user_id = u.id order by u.id"))
                .extracting(row -> List.of(row.get("username"), row.get("role"), row.get("unit_id"),
                        row.get("must_change_password"), row.get("totp_enabled"), row.get("enabled")))
                .containsExactly(List.of("sys.root", "SYSTEM_ADMIN", decId, true, false, true),
                        List.of("sec.root", "SECURITY_ADMIN", decId, true, false, true),
                        List.of("aud.root", "AUDITOR", decId, true, false, true));
        assertThat(jdbc.queryForObject("select display_name from org_user where username = 'aud.root'", String.class))
                .isEqualTo("审计管理员");
        // the password is stored hashed, and each of the three must enrol a second factor (prod: nobody exempt)
        assertThat(jdbc.queryForList("select password_hash from org_user", String.class))
                .noneMatch(hash -> INITIAL.containsValue(hash)).allMatch(hash -> hash.startsWith("{bcrypt}")
                        || hash.startsWith("$2"));
        assertThat(INITIAL.keySet()).allMatch(secondFactor::requiredFor);
        // the authenticator app will show the platform's name, not mojibake of it
        assertThat(secondFactor.startEnrolment("sys.root").otpauthUri())
                .startsWith("otpauth://totp/%E5%BE%B7%E5%AE%8F%E4%BA%91%3Asys.root?").endsWith("&period=30")
                .contains("&issuer=%E5%BE%B7%E5%AE%8F%E4%BA%91&");

        // audited as "bootstrap": the two units, the three accounts with their roles, the summary
        assertThat(audit.forObject("Unit", "5331-DEC")).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("unit.create", "bootstrap"));
        assertThat(audit.forObject("Unit", "5331")).extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("unit.create", "bootstrap"));
        for (var duty : Map.of("sys.root", Role.SYSTEM_ADMIN, "sec.root", Role.SECURITY_ADMIN, "aud.root", Role.AUDITOR)
                .entrySet()) {
            assertThat(audit.forObject("UserAccount", duty.getKey())).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("user.create");
                assertThat(e.actor()).isEqualTo("bootstrap");
                assertThat(e.after()).contains("roles=[" + duty.getValue() + "]", "5331-DEC", "mustChangePassword=true")
                        .doesNotContain(INITIAL.get(duty.getKey()));
            });
        }
        assertThat(audit.forObject("Bootstrap", "administrators")).filteredOn(e -> e.action().equals(
                "bootstrap.administrators")).singleElement().satisfies(e -> assertThat(e.after())
                .contains("sys.root", "sec.root", "aud.root", "5331-DEC (created)"));
    }

    @Test
    @Order(3)
    void aSecondBootstrapIsRefusedAndChangesNothing() {
        List<Map<String, Object>> accounts = jdbc.queryForList("select * from org_user order by id");
        List<Map<String, Object>> roles = jdbc.queryForList("select * from org_user_role order by user_id, role");
        List<Map<String, Object>> units = jdbc.queryForList("select * from org_unit order by id");
        long refusals = refusals();

        // the same settings, other passwords, other usernames: all refused
        assertRefused(settings("Zaici#Sys2026", "Zaici#Sec2026", "Zaici#Aud2026"), "already has 3 user account(s)");
        assertRefused(new BootstrapSettings(true, "5331", "德宏州", "5331-DEC", "德宏州数字经济发展中心",
                        account("sys.other", "Zaici#Sys2026"), account("sec.other", "Zaici#Sec2026"),
                        account("aud.other", "Zaici#Aud2026")), "already has 3 user account(s)");

        assertThat(jdbc.queryForList("select * from org_user order by id")).isEqualTo(accounts);
        assertThat(jdbc.queryForList("select * from org_user_role order by user_id, role")).isEqualTo(roles);
        assertThat(jdbc.queryForList("select * from org_unit order by id")).isEqualTo(units);
        assertThat(refusals()).isEqualTo(refusals + 2);
        assertThat(audit.forObject("Bootstrap", "administrators")).filteredOn(e -> e.action().equals("bootstrap.refused"))
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("bootstrap"));
        assertThat(audit.forObject("UserAccount", "sys.other")).isEmpty();
    }

    @Test
    @Order(4)
    void eachAdministratorsFirstLoginEnrolsTheAuthenticatorAndChangesThePasswordBeforeAnythingElse() throws Exception {
        firstLogin("sys.root", LocalDateTime.of(2026, 11, 10, 10, 0, 5), "/admin/users");
        firstLogin("sec.root", LocalDateTime.of(2026, 11, 10, 10, 10, 5), "/admin/policy");
        firstLogin("aud.root", LocalDateTime.of(2026, 11, 10, 10, 20, 5), "/audit");

        assertThat(jdbc.queryForList("select username, must_change_password, totp_enabled from org_user order by id"))
                .extracting(row -> List.of(row.get("username"), row.get("must_change_password"), row.get("totp_enabled")))
                .containsExactly(List.of("sys.root", false, true), List.of("sec.root", false, true),
                        List.of("aud.root", false, true));
        for (String username : INITIAL.keySet()) {
            assertThat(audit.forObject("UserAccount", username)).extracting(AuditEntry::action, AuditEntry::actor)
                    .contains(tuple("user.create", "bootstrap"), tuple("security.mfa.enrol", username),
                            tuple("user.changePassword", username), tuple("security.login.success", username));
        }
        // the auditor finds the bootstrap in the audit log
        assertThat(audit.search(new AuditQuery("bootstrap", null, null, null, null, null), PageRequest.of(0, 50))
                .getContent()).extracting(AuditEntry::action)
                .contains("unit.create", "user.create", "bootstrap.administrators", "bootstrap.refused");
    }

    @Test
    @Order(5)
    void theOneShotCommandRefusesASecondBootstrapWithANonZeroExitCode() {
        long records = jdbc.queryForObject("select count(*) from audit_record", Long.class);
        long refusals = refusals();
        List<Map<String, Object>> accounts = jdbc.queryForList("select * from org_user order by id");

        // what an operator runs (README "Production"), on this database: the start fails with the refusal's code
        assertThatThrownBy(() -> DehongCloudApplication.application().run("--dehong.bootstrap.enabled=true",
                "--dehong.test.isolated-database=bootstrap", "--dehong.demo.enabled=false",
                "--spring.main.banner-mode=off", "--dehong.bootstrap.admin.password=Zaici#Sys2026",
                "--dehong.bootstrap.secadmin.password=Zaici#Sec2026", "--dehong.bootstrap.auditor.password=Zaici#Aud2026"))
                .satisfies(failure -> assertThat(exitCode(failure)).isEqualTo(BootstrapRefused.EXIT_CODE))
                .hasStackTraceContaining("already has 3 user account(s)");

        assertThat(jdbc.queryForList("select * from org_user order by id")).isEqualTo(accounts);
        assertThat(refusals()).isEqualTo(refusals + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isEqualTo(records + 1);
    }

    /**
     * The first login: the password opens nothing but the enrolment of the authenticator app; then every page leads
     * to the password change; after it, the administrator's own page opens. The next login asks for a code.
     */
    private void firstLogin(String username, LocalDateTime at, String ownPage) throws Exception {
        clock.setShanghai(at);
        String initial = INITIAL.get(username);
        MvcResult password = mvc.perform(formLogin("/login").user(username).password(initial))
                .andExpect(redirectedUrl("/login/otp")).andReturn();
        Cookie session = password.getResponse().getCookie("SESSION");
        mvc.perform(get(ownPage).cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, initial)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("mfa.error.notEnrolled"));

        String page = mvc.perform(get("/login/otp").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"mfa-enrol\"", "id=\"mfa-qr\"");
        Matcher matcher = SecondFactorIT.SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        byte[] secret = new Base32().decode(matcher.group(1));
        session = SecondFactorIT.sessionOf(mvc.perform(post("/login/otp").cookie(session).with(csrf())
                .param("code", totp.code(secret, clock.instant()))).andExpect(redirectedUrl("/")).andReturn(), session);

        // enrolled; the initial password must go before anything else opens
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get(ownPage).cookie(session)).andExpect(redirectedUrl("/account/password"));
        String changed = initial.replace("Chushi", "Xinmima");
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", initial)
                .param("newPassword", changed).param("confirmation", changed))
                .andExpect(redirectedUrl("/?passwordChanged"));
        mvc.perform(get(ownPage).cookie(session)).andExpect(status().isOk());

        // the initial password is gone; the next login needs a fresh code, no new enrolment
        mvc.perform(formLogin("/login").user(username).password(initial)).andExpect(redirectedUrl("/login?error"));
        clock.setShanghai(at.plusMinutes(1));
        Cookie next = mvc.perform(formLogin("/login").user(username).password(changed))
                .andExpect(redirectedUrl("/login/otp")).andReturn().getResponse().getCookie("SESSION");
        assertThat(mvc.perform(get("/login/otp").cookie(next)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("id=\"mfa-enrol\"");
        next = SecondFactorIT.sessionOf(mvc.perform(post("/login/otp").cookie(next).with(csrf())
                .param("code", totp.code(secret, clock.instant()))).andExpect(redirectedUrl("/")).andReturn(), next);
        mvc.perform(get(ownPage).cookie(next)).andExpect(status().isOk());
    }

    private Object attempt(BootstrapSettings settings) {
        try {
            return bootstrap.run(settings);
        } catch (BootstrapRefused refused) {
            return refused;
        }
    }

    private void assertRefused(BootstrapSettings settings, String reason) {
        assertThatThrownBy(() -> bootstrap.run(settings)).isInstanceOf(BootstrapRefused.class)
                .hasMessageContaining(reason);
    }

    /** The refusals for accounts that exist already, as the audit log has them. */
    private long refusals() {
        return audit.search(new AuditQuery("bootstrap", "bootstrap.refused", null, null, null, null),
                PageRequest.of(0, 100)).getContent().stream().filter(e -> e.after().contains("already has")).count();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The settings of application.properties (the bound bean) with these usernames and passwords. */
    private BootstrapSettings settings(String admin, String secadmin, String auditor) {
        return new BootstrapSettings(true, configured.prefectureCode(), configured.prefectureName(),
                configured.unitCode(), configured.unitName(),
                new BootstrapSettings.Account("sys.root", configured.admin().displayName(), admin, null),
                new BootstrapSettings.Account("sec.root", configured.secadmin().displayName(), secadmin, null),
                new BootstrapSettings.Account("aud.root", configured.auditor().displayName(), auditor, null));
    }

    private static BootstrapSettings.Account account(String username, String password) {
        return new BootstrapSettings.Account(username, "管理员", password, null);
    }

    private static int exitCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExitCodeGenerator generator) {
                return generator.getExitCode();
            }
        }
        return 0;
    }
}
