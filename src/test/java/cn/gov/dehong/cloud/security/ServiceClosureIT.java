package cn.gov.dehong.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
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

/**
 * Art. 23: the vendor ends a service and certifies the handover and purge; the service is closed for good only
 * when the unit has confirmed both, and the unit may dispute them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class ServiceClosureIT {

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
    void theServiceIsClosedOnlyWhenTheUnitHasConfirmedBothTheHandoverAndThePurge() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        long termination = api.call(post("/api/v1/services/{id}/termination-requests", instance), "edu.applicant",
                Map.of("reason", "系统下线", "dataBackupConfirmed", true, "requestedEndDate", "2026-12-31"))
                .get("id").asLong();
        api.call(post("/api/v1/termination-requests/{id}/review", termination), "dec.reviewer", Map.of("approved", true));
        api.call(post("/api/v1/termination-requests/{id}/decommission", termination), "vendor",
                Map.of("endDate", "2026-12-31", "dataHandover", "数据库导出文件 db.sql（SHA-256 9f2c…）及运维文档已移交",
                        "purgeMethod", "三次覆写", "purgedOn", "2027-01-05"));
        assertThat(subscriptions.instance(instance).status()).isEqualTo(ServiceInstanceStatus.TERMINATED);

        // the closure opens after the termination commits (an application event), awaiting the unit
        JsonNode closure = awaitClosure(instance);
        long id = closure.get("id").asLong();
        assertThat(closure.get("status").asString()).isEqualTo("AWAITING_UNIT");
        assertThat(closure.get("purgeMethod").asString()).isEqualTo("三次覆写");
        assertThat(closure.get("certifiedBy").asString()).isEqualTo("vendor");
        assertThat(api.inboxKeys("edu.leader")).contains("security.notice.closureToConfirm");
        assertThat(instances(api.call(get("/api/v1/security/closures?open=true"), "dec.reviewer", null))).contains(instance);

        // only the unit confirms; another unit does not even see it
        expect(post("/api/v1/security/closures/{id}/confirmations", id), "mangshi.edu.applicant",
                Map.of("version", closure.get("version").asLong(), "part", "HANDOVER"), 404, "error.object.notFound");
        expect(post("/api/v1/security/closures/{id}/confirmations", id), "vendor",
                Map.of("version", closure.get("version").asLong(), "part", "HANDOVER"), 403, "error.forbidden");
        expect(get("/api/v1/security/closures/{id}", id), "mangshi.edu.applicant", null, 404, "error.object.notFound");

        JsonNode handover = api.call(post("/api/v1/security/closures/{id}/confirmations", id), "edu.applicant",
                Map.of("version", closure.get("version").asLong(), "part", "HANDOVER"));
        assertThat(handover.get("status").asString()).isEqualTo("AWAITING_UNIT");
        expect(post("/api/v1/security/closures/{id}/confirmations", id), "edu.applicant",
                Map.of("version", closure.get("version").asLong(), "part", "PURGE"), 409, "error.concurrentChange");
        expect(post("/api/v1/security/closures/{id}/confirmations", id), "edu.applicant",
                Map.of("version", handover.get("version").asLong(), "part", "HANDOVER"), 409,
                "security.closure.error.alreadyConfirmed");

        // a dispute through the page tells the vendor and the DEC; it stays open
        assertThat(page("/security/closures", "edu.leader")).contains("id=\"closure-purge-" + instance + "\"")
                .doesNotContain("id=\"closure-handover-" + instance + "\"");
        mvc.perform(post("/security/closures/{id}/disputes", id).param("version", handover.get("version").asString())
                        .param("note", "清除证明缺少盖章").with(user(accounts.loadUserByUsername("edu.leader"))).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "异议已提交，已通知运营商和数发中心"));
        assertThat(api.inboxKeys("vendor")).contains("security.notice.closureDisputed");
        JsonNode disputed = api.call(get("/api/v1/security/closures/{id}", id), "vendor", null);
        assertThat(disputed.get("status").asString()).isEqualTo("DISPUTED");

        // the purge confirmed too: closed for good, nothing changes any more
        mvc.perform(post("/security/closures/{id}/confirmations", id).param("version", disputed.get("version").asString())
                        .param("part", "PURGE").with(user(accounts.loadUserByUsername("edu.leader"))).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "数据移交和清除均已确认，服务已彻底关闭"));
        JsonNode closed = api.call(get("/api/v1/security/closures/{id}", id), "edu.applicant", null);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        expect(post("/api/v1/security/closures/{id}/disputes", id), "edu.applicant",
                Map.of("version", closed.get("version").asLong(), "note", "x"), 409, "security.closure.error.closed");
        assertThat(instances(api.call(get("/api/v1/security/closures?open=true"), "dec.reviewer", null)))
                .doesNotContain(instance);
        assertThat(audit.forObject("ServiceClosure", id)).extracting(AuditEntry::action).containsExactly(
                "security.closure.open", "security.closure.confirmHandover", "security.closure.dispute",
                "security.closure.confirmPurge");
        assertThat(page("/security/closures?lang=en", "dec.reviewer")).doesNotContain("??");
    }

    private JsonNode awaitClosure(long instance) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            Optional<JsonNode> found = StreamSupport.stream(api.call(get("/api/v1/security/closures"), "edu.applicant",
                    null).spliterator(), false).filter(c -> c.get("instanceId").asLong() == instance).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(System.currentTimeMillis()).as("closure of instance %d", instance).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static java.util.List<Long> instances(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("instanceId").asLong()).toList();
    }

    private void expect(MockHttpServletRequestBuilder request, String user, Object body, int status, String code)
            throws Exception {
        request.with(ApiClient.as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
