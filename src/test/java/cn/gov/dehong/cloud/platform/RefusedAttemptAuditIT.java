package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6, bad input: a refused attempt to change something changes nothing and is itself audited (who, from
 * where, what was tried, why it was refused), although the request's own transaction rolled back. Reads are not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RefusedAttemptAuditIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

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

    private long refusals(String actor) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'request.refused' AND actor = ?",
                Long.class, actor);
    }
}
