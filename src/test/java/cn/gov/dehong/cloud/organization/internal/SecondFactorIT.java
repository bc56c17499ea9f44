package cn.gov.dehong.cloud.organization.internal;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import jakarta.servlet.http.Cookie;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * TOTP two-factor authentication, the real thing (an account of a DEC role created by the administrator, not an
 * exempt demo account): enrolment at the first login, the code as the login's second step, wrong and replayed codes
 * refused and audited, the API's X-OTP header, and the administrator's reset.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SecondFactorIT {

    /** The enrolment page's secret (also read by AdministratorBootstrapIT). */
    static final Pattern SECRET = Pattern.compile("id=\"mfa-secret\">([A-Z2-7=]+)<");

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    private final Totp totp = new Totp();

    @Test
    void aDecReviewerEnrolsAndThenNeedsAFreshCodeAtEveryLogin() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 4, 10, 0, 5));
        createAccount("dec.otp", "DEC_REVIEWER");

        // the password alone is half a login: nothing but the code step is open
        Cookie session = login("dec.otp");
        mvc.perform(get("/tasks").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.otp", "Yunfuwu#2026")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("mfa.error.notEnrolled"));

        // enrolment: QR code of the otpauth URI and the secret
        String page = mvc.perform(get("/login/otp").cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"mfa-qr\"", "src=\"data:image/svg+xml;base64,");
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        byte[] secret = new Base32().decode(matcher.group(1));
        assertThat(jdbc.queryForObject("select totp_pending_secret from org_user where username = 'dec.otp'", String.class))
                .isNotNull().doesNotContain(matcher.group(1));
        // reloading the page keeps the same secret (a mistyped code does not invalidate the scanned QR code)
        assertThat(mvc.perform(get("/login/otp").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(matcher.group(1));

        String wrong = totp.code(secret, clock.instant()).equals("000000") ? "111111" : "000000";
        mvc.perform(post("/login/otp").cookie(session).with(csrf()).param("code", wrong))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/tasks").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));

        MvcResult enrolled = mvc.perform(post("/login/otp").cookie(session).with(csrf())
                        .param("code", totp.code(secret, clock.instant())))
                .andExpect(redirectedUrl("/")).andReturn();
        session = sessionOf(enrolled, session);
        mvc.perform(get("/tasks").cookie(session)).andExpect(status().isOk());

        // the next login needs the code again, and the code just used is not accepted a second time
        Cookie second = login("dec.otp");
        String used = totp.code(secret, clock.instant());
        String replayPage = mvc.perform(post("/login/otp").cookie(second).with(csrf()).param("code", used))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(replayPage).contains("id=\"mfa-error\"", "该动态口令已使用过");
        mvc.perform(get("/tasks").cookie(second).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        clock.setShanghai(LocalDateTime.of(2026, 11, 4, 10, 0, 35));
        second = sessionOf(mvc.perform(post("/login/otp").cookie(second).with(csrf())
                .param("code", totp.code(secret, clock.instant()))).andExpect(redirectedUrl("/")).andReturn(), second);
        mvc.perform(get("/tasks").cookie(second)).andExpect(status().isOk());

        // the API: HTTP basic plus X-OTP; the newest step may serve several requests, an older step never
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.otp", "Yunfuwu#2026")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("mfa.error.codeMissing"));
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.otp", "Yunfuwu#2026")).header("X-OTP", used))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("mfa.error.replayed"));
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.otp", "Yunfuwu#2026")).header("X-OTP", wrong))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("mfa.error.code"));
        String current = totp.code(secret, clock.instant());
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.otp", "Yunfuwu#2026")).header("X-OTP", current))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("dec.otp"));
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.otp", "Yunfuwu#2026")).header("X-OTP", current))
                .andExpect(status().isOk());

        assertThat(audit.forObject("UserAccount", "dec.otp")).extracting(AuditEntry::action)
                .contains("security.login.password", "security.mfa.failure", "security.mfa.enrol",
                        "security.login.success");
        assertThat(audit.forObject("UserAccount", "dec.otp"))
                .filteredOn(e -> e.action().equals("security.mfa.failure")).extracting(AuditEntry::after)
                .contains("enrolment: wrong code", "FORM: code already used", "API: no code", "API: code already used",
                        "API: wrong code");
        // the secret is stored encrypted, never as the Base32 the app was given
        assertThat(jdbc.queryForObject("select totp_secret from org_user where username = 'dec.otp'", String.class))
                .isNotNull().doesNotContain(matcher.group(1));
        // the failures counted towards the lockout; the successful login cleared them
        assertThat(jdbc.queryForObject("select failed_logins from org_user where username = 'dec.otp'", Integer.class))
                .isZero();
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 5, 10, 0, 5));
        createAccount("fin.otp", "FINANCE");
        Cookie session = login("fin.otp");
        String page = mvc.perform(get("/login/otp").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        byte[] secret = new Base32().decode(matcher.group(1));
        session = sessionOf(mvc.perform(post("/login/otp").cookie(session).with(csrf())
                .param("code", totp.code(secret, clock.instant()))).andExpect(redirectedUrl("/")).andReturn(), session);

        clock.setShanghai(LocalDateTime.of(2026, 11, 5, 10, 5, 5));
        Cookie attacker = login("fin.otp");
        String right = totp.code(secret, clock.instant());
        String wrong = right.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/otp").cookie(attacker).with(csrf()).param("code", wrong))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/login/otp").cookie(attacker).with(csrf()).param("code", wrong))
                .andExpect(status().isBadRequest());
        // locked now: even the right code does not complete the login, and the password step fails too
        mvc.perform(post("/login/otp").cookie(attacker).with(csrf()).param("code", right))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("fin.otp").password("Yunfuwu#2026")).andExpect(redirectedUrl("/login?error"));
        assertThat(audit.forObject("UserAccount", "fin.otp")).extracting(AuditEntry::action).contains("security.lockout");
    }

    @Test
    void theAdministratorResetsALostAuthenticatorAndTheResetIsAudited() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 6, 10, 0, 5));
        createAccount("acc.otp", "DEC_ACCEPTOR");
        Cookie session = login("acc.otp");
        String page = mvc.perform(get("/login/otp").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        mvc.perform(post("/login/otp").cookie(session).with(csrf())
                        .param("code", totp.code(new Base32().decode(matcher.group(1)), clock.instant())))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select totp_enabled from org_user where username = 'acc.otp'", Boolean.class)).isTrue();

        mvc.perform(post("/api/v1/admin/users/acc.otp/second-factor/reset").with(as("auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/acc.otp/second-factor/reset").with(as("admin")))
                .andExpect(status().isNoContent());
        assertThat(audit.forObject("UserAccount", "acc.otp")).filteredOn(e -> e.action().equals("security.mfa.reset"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
        // enrols again at the next login, with a new secret
        String again = mvc.perform(get("/login/otp").cookie(login("acc.otp"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("id=\"mfa-enrol\"").doesNotContain(matcher.group(1));
    }

    @Test
    void demoAccountsOfTwoFactorRolesAreExemptInTheDemoOnlyAndOthersMayOptIn() throws Exception {
        // documented: dehong.security.mfa.demo-exempt applies while dehong.demo.enabled=true
        mvc.perform(formLogin("/login").user("dec.reviewer").password("Demo@2026")).andExpect(redirectedUrl("/"));
        // an account without a 2FA role is not asked, and finds the opt-in page
        clock.setShanghai(LocalDateTime.of(2026, 11, 7, 10, 0, 5));
        createAccount("viewer.otp", "SECURITY_VIEWER");
        Cookie session = mvc.perform(formLogin("/login").user("viewer.otp").password("Yunfuwu#2026"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        String page = mvc.perform(get("/account/second-factor").cookie(session).param("enrol", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).isTrue();
        mvc.perform(post("/account/second-factor").cookie(session).with(csrf()).param("action", "enable")
                        .param("code", totp.code(new Base32().decode(matcher.group(1)), clock.instant())))
                .andExpect(redirectedUrl("/account/second-factor?saved"));
        // opted in: from now on the login asks for the code
        mvc.perform(formLogin("/login").user("viewer.otp").password("Yunfuwu#2026")).andExpect(redirectedUrl("/login/otp"));
    }

    private void createAccount(String username, String role) throws Exception {
        Long unitId = jdbc.queryForObject("select id from org_unit where code = '5331-DEC'", Long.class);
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"测试\",\"unitId\":" + unitId
                                + ",\"initialPassword\":\"Yunfuwu#2026\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1/admin/users/{u}/roles", username).with(as("secadmin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"" + role + "\"]}"))
                .andExpect(status().isOk());
        // the first-login password change is tested elsewhere (PasswordLifecycleIT)
        jdbc.update("update org_user set must_change_password = false where username = ?", username);
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password("Yunfuwu#2026"))
                .andExpect(redirectedUrl("/login/otp")).andReturn().getResponse().getCookie("SESSION");
    }

    /** The session cookie after a request: the renewed one, else the one sent (also AdministratorBootstrapIT). */
    static Cookie sessionOf(MvcResult result, Cookie previous) {
        Cookie renewed = result.getResponse().getCookie("SESSION");
        return renewed != null ? renewed : previous;
    }
}
