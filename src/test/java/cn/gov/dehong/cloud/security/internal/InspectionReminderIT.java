package cn.gov.dehong.cloud.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** Art. 25: co-inspecting departments on an inspection; rectification reminders and the overdue list. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class InspectionReminderIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;
    @Autowired SecurityDailyJobs jobs;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    @Test
    void theCacLeadsWithCoInspectorsTheUnitIsRemindedOneWorkingDayBeforeTheDeadlineAndOverdueIsListedAndTold()
            throws Exception {
        long instance = new OperationsFixtures(subscriptions, catalog, organization)
                .active("edu.applicant", LocalDate.of(2026, 9, 1));
        long systemId = api.call(post("/api/v1/security/systems"), "edu.applicant", Map.of("name", "阅卷系统-" + instance,
                "purpose", "网上阅卷", "zone", "PRIVATE", "onCloud", true, "instanceIds", List.of(instance)))
                .get("id").asLong();

        mvc.perform(post("/api/v1/security/inspections").with(ApiClient.as("security"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("title", "联合检查",
                                "plannedOn", "2026-11-26", "systemIds", List.of(systemId),
                                "coInspectors", List.of("CAC")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("security.inspection.error.leadIsNotCoInspector"));
        // through the form: the 网信办 leads, the secrecy bureau and the police inspect with it
        mvc.perform(post("/security/inspections").param("title", "联合检查-" + instance).param("plannedOn", "2026-11-26")
                        .param("systemIds", String.valueOf(systemId)).param("coInspectors", "SECRECY_BUREAU", "PUBLIC_SECURITY")
                        .with(as("security")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "检查计划已制定"));
        JsonNode inspection = StreamSupport.stream(api.call(get("/api/v1/security/inspections"), "security", null)
                        .spliterator(), false).filter(i -> i.get("title").asString().equals("联合检查-" + instance))
                .findFirst().orElseThrow();
        assertThat(inspection.get("lead").asString()).isEqualTo("CAC");
        assertThat(inspection.get("coInspectors")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("SECRECY_BUREAU", "PUBLIC_SECURITY");
        assertThat(page("/security", "security")).contains("州委网信办", "、州委机要和保密局", "、州公安局");
        long inspectionId = inspection.get("id").asLong();

        JsonNode finding = api.call(post("/api/v1/security/inspections/{id}/findings", inspectionId), "security",
                Map.of("systemId", systemId, "risk", "LOW", "description", "日志保留不足六个月"));
        long findingId = finding.get("id").asLong();
        // 10 working days after Thursday 26 November 2026
        assertThat(finding.get("rectificationDue").asString()).isEqualTo("2026-12-10");

        int remindersBefore = count("edu.leader", "security.notice.rectificationDueSoon");
        int overdueLeaderBefore = count("edu.leader", "security.notice.rectificationOverdue");
        int overdueSecurityBefore = count("security", "security.notice.rectificationOverdue");

        // other tests' findings of the same unit fall due on the same days: the inbox counts are "at least", this
        // finding's own audit trail says exactly what happened to it
        on(LocalDate.of(2026, 12, 8));
        assertThat(audit.forObject("Finding", findingId)).extracting(AuditEntry::action)
                .containsExactly("security.finding.record");
        on(LocalDate.of(2026, 12, 9));
        on(LocalDate.of(2026, 12, 9));
        on(LocalDate.of(2026, 12, 10));
        assertThat(count("edu.leader", "security.notice.rectificationDueSoon")).isGreaterThanOrEqualTo(remindersBefore + 1);
        assertThat(audit.forObject("Finding", findingId)).extracting(AuditEntry::action)
                .containsExactly("security.finding.record", "security.finding.remind");
        assertThat(ids(api.call(get("/api/v1/security/findings?overdue=true"), "security", null)))
                .doesNotContain(findingId);

        on(LocalDate.of(2026, 12, 11));
        on(LocalDate.of(2026, 12, 14));
        assertThat(count("edu.leader", "security.notice.rectificationOverdue")).isGreaterThanOrEqualTo(overdueLeaderBefore + 1);
        assertThat(count("security", "security.notice.rectificationOverdue")).isGreaterThanOrEqualTo(overdueSecurityBefore + 1);
        assertThat(ids(api.call(get("/api/v1/security/findings?overdue=true"), "security", null))).contains(findingId);
        assertThat(ids(api.call(get("/api/v1/security/findings?overdue=true"), "edu.applicant", null))).contains(findingId);
        assertThat(ids(api.call(get("/api/v1/security/findings?overdue=true"), "mangshi.edu.applicant", null)))
                .doesNotContain(findingId);
        assertThat(page("/security?overdue=true", "dec.reviewer")).contains("id=\"finding-" + findingId + "\"");
        assertThat(audit.forObject("Finding", findingId)).extracting(AuditEntry::action)
                .containsExactly("security.finding.record", "security.finding.remind", "security.finding.overdue");

        // once accepted, it is no longer overdue nor reminded
        JsonNode current = api.call(get("/api/v1/security/findings/{id}", findingId), "security", null);
        api.call(post("/api/v1/security/findings/{id}/reinspections", findingId), "security",
                Map.of("version", current.get("version").asLong(), "accepted", true, "note", "已整改"));
        assertThat(ids(api.call(get("/api/v1/security/findings?overdue=true"), "security", null)))
                .doesNotContain(findingId);
        assertThat(page("/security?overdue=true", "dec.reviewer")).doesNotContain("id=\"finding-" + findingId + "\"");
    }

    private void on(LocalDate day) {
        clock.setShanghai(day.atTime(8, 30));
        jobs.run();
    }

    private int count(String user, String key) throws Exception {
        return Collections.frequency(api.inboxKeys(user), key);
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
