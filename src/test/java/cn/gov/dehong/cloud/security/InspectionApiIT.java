package cn.gov.dehong.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.StatusChange;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Inspections, high-risk suspension, rectification deadlines and re-inspection (Art. 25) through the REST API. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class InspectionApiIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;

    private ApiClient api;
    private SecurityFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        fixtures = new SecurityFixtures(subscriptions, catalog, organization);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    @Test
    void highRiskSuspendsUntilTheReinspectionAcceptsTheRectificationLowerRiskGetsADeadline() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        Map<String, Object> system = new HashMap<>();
        system.put("name", "招生报名系统-" + instance);
        system.put("purpose", "中考网上报名");
        system.put("zone", "PUBLIC");
        system.put("instanceIds", List.of(instance));
        system.put("onCloud", true);
        long systemId = api.call(post("/api/v1/security/systems"), "edu.applicant", system).get("id").asLong();
        long otherSystem = api.call(post("/api/v1/security/systems"), "edu.applicant",
                Map.of("name", "旧档案-" + instance, "purpose", "档案", "zone", "PRIVATE", "onCloud", false,
                        "endOfLifeOn", "2027-06-30")).get("id").asLong();

        Map<String, Object> plan = Map.of("title", "2026 年第四季度安全检查", "plannedOn", "2026-11-26",
                "systemIds", List.of(systemId));
        expect(post("/api/v1/security/inspections"), "dec.reviewer", plan, 403, "error.forbidden");
        long inspection = api.call(post("/api/v1/security/inspections"), "security", plan).get("id").asLong();
        expect(post("/api/v1/security/inspections/{id}/findings", inspection), "security",
                Map.of("systemId", otherSystem, "risk", "LOW", "description", "x"), 400,
                "security.finding.error.systemNotInScope");

        JsonNode high = api.call(post("/api/v1/security/inspections/{id}/findings", inspection), "security",
                Map.of("systemId", systemId, "risk", "HIGH", "description", "存在 SQL 注入漏洞"));
        long highId = high.get("id").asLong();
        assertThat(high.get("suspendedInstanceIds")).extracting(JsonNode::asLong).containsExactly(instance);
        assertThat(subscriptions.instance(instance).status()).isEqualTo(ServiceInstanceStatus.SUSPENDED);
        assertThat(api.inboxKeys("edu.leader")).contains("security.notice.finding");
        assertThat(api.inboxKeys("vendor")).contains("security.notice.suspend");

        JsonNode medium = api.call(post("/api/v1/security/inspections/{id}/findings", inspection), "security",
                Map.of("systemId", systemId, "risk", "MEDIUM", "description", "弱口令"));
        LocalDate due = LocalDate.parse(medium.get("rectificationDue").asString());
        assertThat(due).isAfter(LocalDate.of(2026, 12, 7));
        assertThat(medium.get("suspendedInstanceIds")).isEmpty();

        // the unit sees its findings, another unit does not
        assertThat(ids(api.call(get("/api/v1/security/findings"), "edu.applicant", null))).contains(highId);
        expect(get("/api/v1/security/findings/{id}", highId), "mangshi.edu.leader", null, 404, "error.object.notFound");

        // a rejected re-inspection keeps it suspended; an accepted one restores; a closed finding stays closed
        expect(post("/api/v1/security/findings/{id}/reinspections", highId), "edu.leader",
                review(high.get("version").asLong(), true, "已修复"), 403, "error.forbidden");
        JsonNode rejected = api.call(post("/api/v1/security/findings/{id}/reinspections", highId), "security",
                review(high.get("version").asLong(), false, "仍可注入"));
        assertThat(rejected.get("status").asString()).isEqualTo("OPEN");
        assertThat(subscriptions.instance(instance).status()).isEqualTo(ServiceInstanceStatus.SUSPENDED);
        clock.setShanghai(LocalDateTime.of(2026, 12, 3, 10, 0));
        JsonNode accepted = api.call(post("/api/v1/security/findings/{id}/reinspections", highId), "security",
                review(rejected.get("version").asLong(), true, "复查通过"));
        assertThat(accepted.get("status").asString()).isEqualTo("CLOSED");
        assertThat(subscriptions.instance(instance).status()).isEqualTo(ServiceInstanceStatus.ACTIVE);
        assertThat(subscriptions.history(instance)).extracting(StatusChange::to)
                .containsSubsequence(ServiceInstanceStatus.SUSPENDED, ServiceInstanceStatus.ACTIVE);
        expect(post("/api/v1/security/findings/{id}/reinspections", highId), "security",
                review(accepted.get("version").asLong(), false, "改"), 409, "security.finding.error.closed");
        assertThat(audit.forObject("Finding", highId)).extracting(AuditEntry::action)
                .containsExactly("security.finding.record", "security.finding.reject", "security.finding.accept");
        assertThat(audit.forObject("ServiceInstance", instance)).extracting(AuditEntry::action)
                .contains("service.suspend", "service.restore");

        // the lower-risk finding becomes overdue after its deadline
        clock.setShanghai(due.plusDays(1).atTime(10, 0));
        assertThat(ids(api.call(get("/api/v1/security/findings?overdue=true"), "dec.reviewer", null)))
                .contains(medium.get("id").asLong()).doesNotContain(highId);
        String page = mvc.perform(get("/security").with(user(accounts.loadUserByUsername("edu.leader"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("finding-" + highId, "system-" + systemId);
    }

    @Test
    void theSecurityPageRendersForEveryKindOfCaller() throws Exception {
        for (String user : List.of("edu.leader", "vendor", "security", "dec.reviewer", "finance")) {
            mvc.perform(get("/security").with(user(accounts.loadUserByUsername(user)))).andExpect(status().isOk());
        }
    }

    private static Map<String, Object> review(long version, boolean accepted, String note) {
        return Map.of("version", version, "accepted", accepted, "note", note);
    }

    private void expect(MockHttpServletRequestBuilder request, String user, Object body, int status, String code)
            throws Exception {
        request.with(ApiClient.as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }
}
