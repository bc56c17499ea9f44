package cn.gov.dehong.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

/** Art. 26, 30: security incidents, who records and reads them, and a vendor-caused one linked to a billing penalty. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class IncidentApiIT {

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
    void incidentsAreRecordedAndReadByScopeAndAVendorCausedOneIsLinkedToABillingPenaltyOnce() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        long systemId = api.call(post("/api/v1/security/systems"), "edu.applicant", Map.of("name", "财务系统-" + instance,
                "purpose", "报销", "zone", "PRIVATE", "onCloud", true, "instanceIds", List.of(instance))).get("id").asLong();

        // a unit records on its own system only, never on the cloud as a whole
        JsonNode own = api.call(post("/api/v1/security/incidents"), "edu.applicant",
                incident("SYSTEM", systemId, false, "2026-11-26T01:00:00Z"));
        assertThat(own.get("unitId").asLong()).isEqualTo(fixtures.user("edu.applicant").unitId());
        expect(post("/api/v1/security/incidents"), "mangshi.edu.applicant",
                incident("SYSTEM", systemId, false, "2026-11-26T01:00:00Z"), 404, "error.object.notFound");
        expect(post("/api/v1/security/incidents"), "edu.applicant",
                incident("CLOUD", null, true, "2026-11-26T01:00:00Z"), 403, "error.forbidden");
        expect(post("/api/v1/security/incidents"), "vendor",
                incident("CLOUD", null, true, "2026-11-26T03:00:00Z"), 400, "security.incident.error.future");
        Map<String, Object> untitled = incident("CLOUD", null, true, "2026-11-26T01:00:00Z");
        untitled.put("title", " ");
        expect(post("/api/v1/security/incidents"), "vendor", untitled, 400, "security.incident.error.titleRequired");

        // the vendor records one on the cloud it caused; everybody is told, units included can read it
        JsonNode cloud = api.call(post("/api/v1/security/incidents"), "vendor",
                incident("CLOUD", null, true, "2026-11-25T16:30:00Z"));
        long cloudId = cloud.get("id").asLong();
        assertThat(api.inboxKeys("dec.reviewer")).contains("security.notice.incident");
        assertThat(ids(api.call(get("/api/v1/security/incidents"), "mangshi.edu.applicant", null)))
                .contains(cloudId).doesNotContain(own.get("id").asLong());
        expect(get("/api/v1/security/incidents/{id}", own.get("id").asLong()), "mangshi.edu.applicant", null, 404,
                "error.object.notFound");

        // the penalty: only finance or the DEC, only for a vendor-caused incident, booked in billing, once
        Map<String, Object> deduction = Map.of("amount", "5000.00", "reason", "机房断电导致业务中断");
        expect(post("/api/v1/security/incidents/{id}/penalty", cloudId), "security", deduction, 403, "error.forbidden");
        expect(post("/api/v1/security/incidents/{id}/penalty", own.get("id").asLong()), "finance", deduction, 400,
                "security.incident.error.notVendorCaused");
        expect(post("/api/v1/security/incidents/{id}/penalty", cloudId), "finance", Map.of("amount", "-1"), 400,
                "billing.error.amountNotPositive");
        assertThat(api.call(get("/api/v1/security/incidents/{id}", cloudId), "finance", null).get("penaltyId").isNull())
                .isTrue();
        JsonNode linked = api.call(post("/api/v1/security/incidents/{id}/penalty", cloudId), "finance", deduction);
        long penaltyId = linked.get("penaltyId").asLong();
        JsonNode penalty = StreamSupport.stream(api.call(get("/api/v1/billing/penalties?period=2026-11&size=200"),
                        "finance", null).get("content").spliterator(), false)
                .filter(p -> p.get("id").asLong() == penaltyId).findFirst().orElseThrow();
        assertThat(penalty.get("kind").asString()).isEqualTo("DEDUCTION");
        assertThat(penalty.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("5000.00"));
        assertThat(penalty.get("reference").asString()).isEqualTo("SEC-INC-" + cloudId);
        expect(post("/api/v1/security/incidents/{id}/penalty", cloudId), "dec.reviewer", deduction, 409,
                "security.incident.error.penaltyLinked");
        assertThat(audit.forObject("SecurityIncident", cloudId)).extracting(AuditEntry::action)
                .containsExactly("security.incident.record", "security.incident.penalty");
        assertThat(audit.forObject("Penalty", penaltyId)).extracting(AuditEntry::action)
                .containsExactly("billing.penalty.record");

        // the page: forms by role, both languages, and the form post of a unit
        assertThat(page("/security/incidents", "finance")).contains("id=\"incident-penalty-" + cloudId + "\"")
                .doesNotContain("id=\"incident-form\"", "??");
        assertThat(page("/security/incidents?lang=en", "vendor")).contains("id=\"incident-form\"").doesNotContain("??");
        mvc.perform(post("/security/incidents").param("scope", "SYSTEM").param("systemId", String.valueOf(systemId))
                        .param("severity", "GENERAL").param("occurredAt", "2026-11-26T09:00").param("title", "弱口令被利用")
                        .param("cause", "弱口令").param("impact", "无数据泄露").param("handling", "已修改密码")
                        .with(user(accounts.loadUserByUsername("edu.leader"))).with(csrf()))
                .andExpect(flash().attribute("flashMessage", org.hamcrest.Matchers.matchesPattern("安全事件 SEC-INC-\\d+ 已登记")));
        mvc.perform(post("/security/incidents").param("scope", "SYSTEM").param("systemId", String.valueOf(systemId))
                        .param("severity", "GENERAL").param("occurredAt", "2026-11-26T09:00").param("title", "x")
                        .with(user(accounts.loadUserByUsername("edu.leader"))).with(csrf()))
                .andExpect(flash().attribute("flashError", "请填写事件原因"));
    }

    private static Map<String, Object> incident(String scope, Long systemId, boolean vendorCaused, String at) {
        Map<String, Object> body = new HashMap<>();
        body.put("scope", scope);
        body.put("systemId", systemId);
        body.put("severity", "SIGNIFICANT");
        body.put("occurredAt", at);
        body.put("title", "业务中断");
        body.put("cause", "机房断电");
        body.put("impact", "业务中断 2 小时");
        body.put("handling", "切换备用电源");
        body.put("vendorCaused", vendorCaused);
        return body;
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

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
