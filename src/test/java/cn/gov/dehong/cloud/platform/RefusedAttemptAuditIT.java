package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 6, bad input: a refused attempt to change something changes nothing and is itself audited (who, from
 * where, what was tried, why it was refused), although the request's own transaction rolled back. Reads are not.
 * The same for the server-rendered pages: a form whose broken rule comes back as a flash message or as the form again,
 * a form refused by the role checks, a form posted without its CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefusedAttemptAuditIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService accounts;

    @Test
    void theSystemAdministratorGivingRolesIsRefusedNothingChangesAndTheAttemptIsAudited() throws Exception {
        String roles = jdbc.queryForObject("SELECT COUNT(*) FROM org_user_role r JOIN org_user u ON u.id = r.user_id"
                + " WHERE u.username = 'edu.applicant'", Integer.class).toString();
        long before = refusals("admin");

        mvc.perform(put("/api/v1/admin/users/edu.applicant/roles").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"DEC_REVIEWER\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("user.error.rolesBySecurityAdmin"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_user_role r JOIN org_user u ON u.id = r.user_id"
                + " WHERE u.username = 'edu.applicant'", Integer.class).toString()).isEqualTo(roles);
        assertThat(refusals("admin")).isEqualTo(before + 1);
        List<String> states = jdbc.queryForList("SELECT after_state FROM audit_record WHERE action = 'request.refused'"
                + " AND actor = 'admin' ORDER BY id DESC", String.class);
        assertThat(states.get(0))
                .isEqualTo("PUT /api/v1/admin/users/edu.applicant/roles → 403 user.error.rolesBySecurityAdmin");
    }

    @Test
    void aRefusedReadIsNotRecordedHere() throws Exception {
        long before = refusals("edu.applicant");
        mvc.perform(get("/api/v1/admin/users").with(as("edu.applicant"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/units/999999999").with(as("edu.applicant")).with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(refusals("edu.applicant")).isEqualTo(before);
    }

    @Test
    void aBudgetRefusedOnTheFinancePageComesBackAsAFlashMessageChangesNothingAndIsAudited() throws Exception {
        long unitId = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = '5331-SJJ'", Long.class);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        List<Map<String, Object>> budget = jdbc.queryForList(
                "SELECT amount, note FROM bil_budget_line WHERE unit_id = ? AND budget_year = ?", unitId, year);
        long before = refusals("finance");

        mvc.perform(post("/billing/budgets").with(page("finance")).with(csrf()).param("unitId", String.valueOf(unitId))
                        .param("year", String.valueOf(year)).param("amount", "1000").param("note", "x".repeat(501)))
                .andExpect(redirectedUrl("/billing/budgets?year=" + year))
                .andExpect(flash().attributeExists("flashError"))
                .andExpect(flash().attributeCount(1));

        assertThat(jdbc.queryForList("SELECT amount, note FROM bil_budget_line WHERE unit_id = ? AND budget_year = ?",
                unitId, year)).isEqualTo(budget);
        assertThat(refusals("finance")).isEqualTo(before + 1);
        assertThat(lastRefusal("finance")).isEqualTo("POST /billing/budgets → 400 billing.error.noteTooLong");
    }

    @Test
    void aGrantRequestRefusedOnTheSecurityPageComesBackAsAFlashMessageChangesNothingAndIsAudited() throws Exception {
        long grants = jdbc.queryForObject("SELECT COUNT(*) FROM sec_access_grant WHERE operator = 'vendor'", Long.class);
        long before = refusals("vendor");

        mvc.perform(post("/security/grants").with(page("vendor")).with(csrf()).param("purpose", "排查磁盘告警")
                        .param("actions", "READ"))
                .andExpect(redirectedUrl("/security#grants"))
                .andExpect(flash().attributeExists("flashError"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sec_access_grant WHERE operator = 'vendor'", Long.class))
                .isEqualTo(grants);
        assertThat(refusals("vendor")).isEqualTo(before + 1);
        assertThat(lastRefusal("vendor")).isEqualTo("POST /security/grants → 400 security.grant.error.instanceRequired");
    }

    @Test
    void aPriceListFileRefusedOnTheCatalogFormComesBackOnTheFormAndIsAudited() throws Exception {
        long before = refusals("admin");

        mvc.perform(multipart("/catalog/versions/new/csv")
                        .file(new MockMultipartFile("file", "prices.csv", "text/csv", new byte[0]))
                        .with(page("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"));

        assertThat(refusals("admin")).isEqualTo(before + 1);
        assertThat(lastRefusal("admin")).isEqualTo("POST /catalog/versions/new/csv → 400 catalog.error.csvEmpty");
    }

    @Test
    void theAuditAdministratorPostingTheUserAdministrationFormIsRefusedNothingChangesAndTheAttemptIsAudited()
            throws Exception {
        long before = refusals("auditor");

        mvc.perform(post("/admin/users/edu.applicant/enabled").with(page("auditor")).with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("SELECT enabled FROM org_user WHERE username = 'edu.applicant'", Boolean.class))
                .isTrue();
        assertThat(refusals("auditor")).isEqualTo(before + 1);
        assertThat(lastRefusal("auditor")).isEqualTo("POST /admin/users/edu.applicant/enabled → 403 assessment.error.auditorReadOnly");
    }

    @Test
    void aPageFormRefusedByTheRoleCheckIsAuditedAndChangesNothing() throws Exception {
        long before = refusals("edu.applicant");

        mvc.perform(post("/admin/users/edu.leader/enabled").with(page("edu.applicant")).with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("SELECT enabled FROM org_user WHERE username = 'edu.leader'", Boolean.class))
                .isTrue();
        assertThat(refusals("edu.applicant")).isEqualTo(before + 1);
        assertThat(lastRefusal("edu.applicant")).isEqualTo("POST /admin/users/edu.leader/enabled → 403 error.forbidden");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedNothingChangesAndTheAttemptIsAudited() throws Exception {
        String roles = jdbc.queryForObject("SELECT COUNT(*) FROM org_user_role r JOIN org_user u ON u.id = r.user_id"
                + " WHERE u.username = 'edu.applicant'", Integer.class).toString();
        long before = refusals("secadmin");

        mvc.perform(post("/admin/users/edu.applicant/roles").with(page("secadmin")).param("roles", "DEC_REVIEWER"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_user_role r JOIN org_user u ON u.id = r.user_id"
                + " WHERE u.username = 'edu.applicant'", Integer.class).toString()).isEqualTo(roles);
        assertThat(refusals("secadmin")).isEqualTo(before + 1);
        assertThat(lastRefusal("secadmin")).isEqualTo("POST /admin/users/edu.applicant/roles → 403 csrf");
    }

    @Test
    void anAnonymousFormPostWithoutCsrfTokenIsNotRecorded() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'request.refused'",
                Long.class);
        mvc.perform(post("/admin/users/edu.applicant/enabled").param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'request.refused'",
                Long.class)).isEqualTo(before);
    }

    /** A signed-in page user (session login), as the browser is: no HTTP basic. */
    private RequestPostProcessor page(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String lastRefusal(String actor) {
        return jdbc.queryForList("SELECT after_state FROM audit_record WHERE action = 'request.refused' AND actor = ?"
                + " ORDER BY id DESC", String.class, actor).get(0);
    }

    private long refusals(String actor) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'request.refused' AND actor = ?",
                Long.class, actor);
    }
}
