package cn.gov.dehong.cloud.assessment;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.audit.AuditQuery;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.dehong.cloud.support.MutableClockConfiguration;

/**
 * Art. 27: the auditor (finance, 审计, 纪检) reads money and records across all units, every view of theirs on a page
 * or the API is in the audit log with its path and query, and nothing they send changes anything.
 */
@SpringBootTest(properties = "dehong.operations.alert-token=" + AssessmentApiIT.TOKEN)
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class OversightAccessIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService accounts;

    @Test
    void everyViewOfAnAuditorOnTheApiAndOnPagesIsAuditedWithPathAndQuery() throws Exception {
        String marker = UUID.randomUUID().toString();
        for (String path : List.of("/api/v1/assessments", "/api/v1/billing/penalties", "/api/v1/operations/tickets",
                "/api/v1/applications", "/api/v1/assessments/surveys")) {
            mvc.perform(get(path + "?marker=" + marker).with(as("auditor"))).andExpect(status().isOk());
            assertThat(views("auditor", path)).as(path).anySatisfy(e -> {
                assertThat(e.after()).isEqualTo("GET " + path + "?marker=" + marker);
                assertThat(e.objectType()).isEqualTo("Request");
                assertThat(e.actor()).isEqualTo("auditor");
            });
        }
        // a page, through the browser session
        mvc.perform(get("/audit?marker=" + marker).with(user(accounts.loadUserByUsername("auditor"))))
                .andExpect(status().isOk());
        assertThat(views("auditor", "/audit")).anySatisfy(e -> assertThat(e.after()).isEqualTo("GET /audit?marker=" + marker));
        // a view that is refused is still a view
        mvc.perform(get("/api/v1/assessments/999999999?marker=" + marker).with(as("auditor")))
                .andExpect(status().isNotFound());
        assertThat(views("auditor", "/api/v1/assessments/999999999")).isNotEmpty();

        // other people's views are not oversight views; static resources are not audited
        mvc.perform(get("/api/v1/assessments?marker=" + marker).with(as("dec.reviewer"))).andExpect(status().isOk());
        assertThat(views("dec.reviewer", "/api/v1/assessments")).noneSatisfy(
                e -> assertThat(e.after()).contains(marker));
        int before = views("auditor", "/css/app.css").size();
        mvc.perform(get("/css/app.css").with(user(accounts.loadUserByUsername("auditor")))).andExpect(status().isOk());
        assertThat(views("auditor", "/css/app.css")).hasSize(before);
    }

    @Test
    void anAuditorCannotPostAnythingAnywhere() throws Exception {
        Map<String, Integer> before = counts();
        List<MockHttpServletRequestBuilder> writes = List.of(
                post("/api/v1/assessments").content("{\"period\":\"2024Q1\"}"),
                post("/api/v1/assessments/rules").content("{\"rules\":{}}"),
                post("/api/v1/assessments/surveys").content("{\"period\":\"2024Q1\",\"title\":\"x\"}"),
                post("/api/v1/assessments/1/sign-off").content("{}"),
                post("/api/v1/billing/penalties").content("{\"period\":\"2024-01\",\"kind\":\"HOLD\",\"reason\":\"x\",\"reference\":\"y\"}"),
                post("/api/v1/operations/tickets").content("{\"instanceId\":1,\"severity\":\"LOW\"}"),
                post("/api/v1/applications").content("{\"kind\":\"SPECIAL\",\"lines\":[]}"),
                post("/api/v1/notices/1/read").content("{}"),
                put("/api/v1/billing/budgets/1/2024").content("{}"));
        for (MockHttpServletRequestBuilder write : writes) {
            mvc.perform(write.contentType(MediaType.APPLICATION_JSON).with(as("auditor")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("assessment.error.auditorReadOnly"));
        }
        // pages too (with a valid CSRF token, so it is the role that refuses)
        for (String path : List.of("/assessments", "/assessments/surveys", "/billing/penalties", "/operations/tickets",
                "/applications")) {
            mvc.perform(post(path).param("period", "2024Q1").with(csrf())
                    .with(user(accounts.loadUserByUsername("auditor")))).andExpect(status().isForbidden());
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(audit.search(new AuditQuery("auditor", "assessment.", null, null, null, null), PageRequest.of(0, 1))
                .getTotalElements()).isZero();
        // verifying the audit log's hash chain is the auditor's own check and stays possible, so does logging out
        mvc.perform(post("/api/v1/audit/chain/verification").with(as("auditor"))).andExpect(status().isOk());
        mvc.perform(post("/logout").with(csrf()).with(user(accounts.loadUserByUsername("auditor"))))
                .andExpect(status().is3xxRedirection());
    }

    private Map<String, Integer> counts() {
        return Map.of("asm_assessment", count("asm_assessment"), "asm_rule_version", count("asm_rule_version"),
                "asm_survey", count("asm_survey"), "bil_penalty", count("bil_penalty"), "ops_ticket", count("ops_ticket"),
                "app_application", count("app_application"));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private List<AuditEntry> views(String actor, String path) {
        return audit.search(new AuditQuery(actor, "oversight.view", "Request", path, null, null), PageRequest.of(0, 500))
                .getContent();
    }
}
