package cn.gov.dehong.cloud.organization;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 三员分立: the system administrator opens accounts, the security administrator gives roles and sets the policy,
 * the auditor reads the audit log; each is refused the others' work, no account holds two of the three, and
 * password complexity and duplicates are checked. The credentials (password, second factor) of the three
 * administrator accounts are reset by a security administrator other than their holder, never by the system
 * administrator; those of every other account by the system administrator.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationIT {

    @Autowired MockMvc mvc;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    private static final String NEW_USER = """
            {"username":"%s","displayName":"新用户","unitId":%d,"initialPassword":"%s"}""";

    @Test
    void theSystemAdministratorOpensTheAccountAndTheSecurityAdministratorGivesItsRole() throws Exception {
        long unitId = unitId("德宏州教育体育局");
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted("edu.clerk", unitId, "Yunfuwu#2026")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles").isEmpty());
        mvc.perform(put("/api/v1/admin/users/edu.clerk/roles").with(as("secadmin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"UNIT_APPLICANT\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.roles[0]").value("UNIT_APPLICANT"));
        assertThat(audit.forObject("UserAccount", "edu.clerk")).extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("user.create", "admin"),
                        org.assertj.core.groups.Tuple.tuple("user.roles", "secadmin"));
        // the password was set by the administrator: it works, but must be changed before anything else
        mvc.perform(get("/api/v1/me").with(httpBasic("edu.clerk", "Yunfuwu#2026")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("user.error.passwordChangeRequired"));
        mvc.perform(put("/api/v1/admin/users/edu.clerk/enabled").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic("edu.clerk", "Yunfuwu#2026"))).andExpect(status().isUnauthorized());
    }

    @Test
    void noAccountHoldsTwoOfTheThreeDutiesNorADutyWithAnotherRole() throws Exception {
        long unitId = unitId("德宏州数字经济发展中心");
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted("dec.duty", unitId, "Yunfuwu#2026")))
                .andExpect(status().isCreated());
        for (String roles : List.of("[\"SYSTEM_ADMIN\",\"AUDITOR\"]", "[\"SYSTEM_ADMIN\",\"SECURITY_ADMIN\"]",
                "[\"SECURITY_ADMIN\",\"AUDITOR\"]", "[\"SYSTEM_ADMIN\",\"SECURITY_ADMIN\",\"AUDITOR\"]",
                "[\"AUDITOR\",\"DEC_REVIEWER\"]", "[\"SECURITY_ADMIN\",\"SECURITY_VIEWER\"]",
                "[\"SYSTEM_ADMIN\",\"FINANCE\"]")) {
            mvc.perform(put("/api/v1/admin/users/dec.duty/roles").with(as("secadmin"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":" + roles + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("user.error.separationOfDuties"));
        }
        // each duty alone is fine; nothing of the refused attempts was kept
        mvc.perform(put("/api/v1/admin/users/dec.duty/roles").with(as("secadmin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"AUDITOR\"]}")).andExpect(status().isOk()).andExpect(jsonPath("$.roles.length()").value(1));
        assertThat(audit.forObject("UserAccount", "dec.duty")).filteredOn(e -> e.action().equals("user.roles")).hasSize(1);
        // nobody changes their own roles
        mvc.perform(put("/api/v1/admin/users/secadmin/roles").with(as("secadmin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"SYSTEM_ADMIN\"]}")).andExpect(status().isForbidden());
    }

    @Test
    void weakPasswordsDuplicatesAndRolesFromTheSystemAdministratorAreRefused() throws Exception {
        long unitId = unitId("德宏州数字经济发展中心");
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted("dec.weak", unitId, "password")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("user.error.passwordWeak"));
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted("finance", unitId, "Yunfuwu#2026")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"dec.roled\",\"displayName\":\"x\",\"unitId\":" + unitId
                                + ",\"roles\":[\"DEC_REVIEWER\"],\"initialPassword\":\"Yunfuwu#2026\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("user.error.rolesBySecurityAdmin"));
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.weak", "password"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/users").with(as("admin"))).andExpect(jsonPath("$[?(@.username == 'dec.roled')]").isEmpty());
    }

    @Test
    void theSystemAdministratorIsRefusedRolesPolicyAndAuditLog() throws Exception {
        expectForbidden("admin", put("/api/v1/admin/users/edu.applicant/roles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"UNIT_LEADER\"]}"));
        expectForbidden("admin", put("/api/v1/admin/security-policy").contentType(MediaType.APPLICATION_JSON)
                .content("{\"maxFailedLogins\":3,\"lockoutMinutes\":30,\"passwordMaxAgeDays\":90}"));
        expectForbidden("admin", get("/api/v1/admin/security-policy"));
        expectForbidden("admin", get("/api/v1/audit"));
        expectForbidden("admin", post("/api/v1/audit/chain/verification"));
        mvc.perform(get("/api/v1/admin/users").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void theSecurityAdministratorIsRefusedAccountsAndAuditLog() throws Exception {
        long unitId = unitId("德宏州数字经济发展中心");
        expectForbidden("secadmin", post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
                .content(NEW_USER.formatted("sec.made", unitId, "Yunfuwu#2026")));
        expectForbidden("secadmin", put("/api/v1/admin/users/edu.applicant/enabled")
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"));
        expectForbidden("secadmin", post("/api/v1/admin/users/edu.applicant/password")
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Yunfuwu#2026\"}"));
        expectForbidden("secadmin", post("/api/v1/admin/users/edu.applicant/unlock"));
        expectForbidden("secadmin", post("/api/v1/admin/users/edu.applicant/second-factor/reset"));
        expectForbidden("secadmin", get("/api/v1/audit"));
        expectForbidden("secadmin", post("/api/v1/audit/chain/verification"));
        mvc.perform(get("/api/v1/me").with(httpBasic("edu.applicant", "Demo@2026"))).andExpect(status().isOk());
    }

    @Test
    void theAuditorOnlyReadsTheAuditLog() throws Exception {
        long unitId = unitId("德宏州数字经济发展中心");
        expectForbidden("auditor", get("/api/v1/admin/users"));
        expectForbidden("auditor", post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
                .content(NEW_USER.formatted("aud.made", unitId, "Yunfuwu#2026")));
        expectForbidden("auditor", put("/api/v1/admin/users/edu.applicant/roles").contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\":[\"UNIT_LEADER\"]}"));
        expectForbidden("auditor", post("/api/v1/admin/users/edu.applicant/unlock"));
        expectForbidden("auditor", put("/api/v1/admin/security-policy").contentType(MediaType.APPLICATION_JSON)
                .content("{\"maxFailedLogins\":3,\"lockoutMinutes\":30,\"passwordMaxAgeDays\":90}"));
        mvc.perform(get("/api/v1/audit").with(as("auditor"))).andExpect(status().isOk());
    }

    @Test
    void theSecurityAdministratorSetsThePolicyThatTheLockoutApplies() throws Exception {
        mvc.perform(put("/api/v1/admin/security-policy").with(as("secadmin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maxFailedLogins\":2,\"lockoutMinutes\":30,\"passwordMaxAgeDays\":90}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("policy.error.range"));
        try {
            mvc.perform(put("/api/v1/admin/security-policy").with(as("secadmin")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"maxFailedLogins\":3,\"lockoutMinutes\":45,\"passwordMaxAgeDays\":60}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.maxFailedLogins").value(3));
            for (int i = 0; i < 3; i++) {
                mvc.perform(get("/api/v1/me").with(httpBasic("mangshi.gov", "wrong-" + i))).andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/api/v1/me").with(httpBasic("mangshi.gov", "Demo@2026"))).andExpect(status().isUnauthorized());
            assertThat(audit.forObject("UserAccount", "mangshi.gov")).extracting(AuditEntry::action).contains("security.lockout");
            assertThat(audit.forObject("SecurityPolicy", 1)).extracting(AuditEntry::actor).contains("secadmin");
        } finally {
            mvc.perform(put("/api/v1/admin/security-policy").with(as("secadmin")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"maxFailedLogins\":5,\"lockoutMinutes\":30,\"passwordMaxAgeDays\":90}"));
            mvc.perform(post("/api/v1/admin/users/mangshi.gov/unlock").with(as("admin")));
        }
        mvc.perform(get("/api/v1/me").with(httpBasic("mangshi.gov", "Demo@2026"))).andExpect(status().isOk());
    }

    @Test
    void theSystemAdministratorResetsOrdinaryPasswordsButNotTheAuditorsNorTheSecurityAdministrators() throws Exception {
        long unitId = unitId("德宏州数字经济发展中心");
        account("aud.keeper", unitId, "AUDITOR");
        account("sec.deputy", unitId, "SECURITY_ADMIN");
        account("dec.viewer", unitId, "SECURITY_VIEWER");

        for (String administrator : List.of("aud.keeper", "sec.deputy", "auditor", "secadmin")) {
            mvc.perform(post("/api/v1/admin/users/" + administrator + "/password").with(as("admin"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Chongzhi#2027\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("user.error.adminCredentialsBySecurityAdmin"));
            mvc.perform(post("/api/v1/admin/users/" + administrator + "/second-factor/reset").with(as("admin")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("user.error.adminCredentialsBySecurityAdmin"));
        }
        // nothing changed: the refused password is not the auditor's
        mvc.perform(get("/api/v1/me").with(httpBasic("aud.keeper", "Chongzhi#2027"))).andExpect(status().isUnauthorized());
        // the first password still works; the auditor's API call then needs its second factor (a 2FA role)
        mvc.perform(get("/api/v1/me").with(httpBasic("aud.keeper", "Yunfuwu#2026")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("mfa.error.notEnrolled"));
        mvc.perform(get("/api/v1/me").with(as("auditor"))).andExpect(status().isOk());
        assertThat(audit.forObject("UserAccount", "aud.keeper")).extracting(AuditEntry::action)
                .doesNotContain("user.resetPassword");

        // an ordinary account's password stays the system administrator's to reset
        mvc.perform(post("/api/v1/admin/users/dec.viewer/password").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Chongzhi#2027\"}"))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/me").with(httpBasic("dec.viewer", "Chongzhi#2027")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("user.error.passwordChangeRequired"));
    }

    @Test
    void theSecurityAdministratorResetsTheAdministratorAccountsCredentialsButNotItsOwn() throws Exception {
        long unitId = unitId("德宏州数字经济发展中心");
        account("aud.second", unitId, "AUDITOR");
        account("sys.second", unitId, "SYSTEM_ADMIN");

        for (String administrator : List.of("aud.second", "sys.second")) {
            String hash = passwordHash(administrator);
            mvc.perform(post("/api/v1/admin/users/" + administrator + "/password").with(as("secadmin"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Chongzhi#2027\"}"))
                    .andExpect(status().is2xxSuccessful());
            assertThat(passwordHash(administrator)).isNotEqualTo(hash);
            mvc.perform(post("/api/v1/admin/users/" + administrator + "/second-factor/reset").with(as("secadmin")))
                    .andExpect(status().is2xxSuccessful());
            assertThat(audit.forObject("UserAccount", administrator)).extracting(AuditEntry::action, AuditEntry::actor)
                    .contains(org.assertj.core.groups.Tuple.tuple("user.resetPassword", "secadmin"),
                            org.assertj.core.groups.Tuple.tuple("security.mfa.reset", "secadmin"));
        }
        String own = passwordHash("secadmin");
        mvc.perform(post("/api/v1/admin/users/secadmin/password").with(as("secadmin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"Chongzhi#2027\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("user.error.ownCredentials"));
        mvc.perform(post("/api/v1/admin/users/secadmin/second-factor/reset").with(as("secadmin")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("user.error.ownCredentials"));
        assertThat(passwordHash("secadmin")).isEqualTo(own);
    }

    @Test
    void theUserPageOffersEachAdministratorOnlyTheCredentialResetsItMayDo() throws Exception {
        String asSystemAdministrator = mvc.perform(get("/admin/users").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asSystemAdministrator).contains("/admin/users/edu.applicant/password",
                        "/admin/users/edu.applicant/second-factor/reset")
                .doesNotContain("/admin/users/auditor/password", "/admin/users/secadmin/password",
                        "/admin/users/auditor/second-factor/reset", "/admin/users/admin/password");
        String asSecurityAdministrator = mvc.perform(get("/admin/users")
                        .with(user(accounts.loadUserByUsername("secadmin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asSecurityAdministrator).contains("/admin/users/auditor/password",
                        "/admin/users/auditor/second-factor/reset", "/admin/users/admin/password")
                .doesNotContain("/admin/users/secadmin/password", "/admin/users/edu.applicant/password",
                        "/admin/users/edu.applicant/enabled");
    }

    private String passwordHash(String username) {
        return jdbc.queryForObject("SELECT password_hash FROM org_user WHERE username = ?", String.class, username);
    }

    /** A fresh account opened by the system administrator with its role given by the security administrator. */
    private void account(String username, long unitId, String role) throws Exception {
        mvc.perform(post("/api/v1/admin/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.formatted(username, unitId, "Yunfuwu#2026")))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1/admin/users/" + username + "/roles").with(as("secadmin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"" + role + "\"]}"))
                .andExpect(status().isOk());
    }

    private void expectForbidden(String user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(as(user))).andExpect(status().isForbidden());
    }

    private long unitId(String name) throws Exception {
        String body = mvc.perform(get("/api/v1/units").with(as("admin"))).andReturn().getResponse().getContentAsString();
        var units = new tools.jackson.databind.ObjectMapper().readTree(body);
        for (var unit : units) {
            if (unit.get("name").asString().equals(name)) {
                return unit.get("id").asLong();
            }
        }
        throw new AssertionError(name);
    }
}
