package cn.gov.dehong.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Vendor access under the unit's grant (Art. 22, 23) through the REST API: the whole cycle, IDOR, bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AccessGrantApiIT {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 26, 10, 0);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

    private ApiClient api;
    private SecurityFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        fixtures = new SecurityFixtures(subscriptions, catalog, organization);
        clock.setShanghai(START);
    }

    @Test
    void theWholeGrantCycleWithExpiryAndViolations() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        long ungranted = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        Instant now = clock.instant();

        JsonNode requested = api.read(mvc.perform(post("/api/v1/security/access-grants").with(ApiClient.as("vendor"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(request(instance,
                                now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)), "READ", "MODIFY"))))
                .andExpect(status().isCreated()).andReturn());
        long grant = requested.get("id").asLong();
        assertThat(requested.get("state").asString()).isEqualTo("PENDING");
        assertThat(api.inboxKeys("edu.leader")).contains("security.notice.grantRequested");
        assertThat(resourceIds("vendor")).doesNotContain(instance);

        // only the leader of the instance's unit decides; another unit does not even see it
        expect(get("/api/v1/security/access-grants/{id}", grant), "mangshi.edu.leader", null, 404, "error.object.notFound");
        expect(post("/api/v1/security/access-grants/{id}/approve", grant), "mangshi.edu.leader", decision(0, null), 404,
                "error.object.notFound");
        assertThat(ids(api.call(get("/api/v1/security/access-grants"), "mangshi.edu.leader", null))).doesNotContain(grant);
        expect(post("/api/v1/security/access-grants/{id}/approve", grant), "edu.applicant", decision(0, null), 403,
                "error.forbidden");
        expect(post("/api/v1/security/access-grants/{id}/approve", grant), "dec.reviewer", decision(0, null), 403,
                "error.forbidden");
        expect(post("/api/v1/security/access-grants/{id}/approve", grant), "edu.leader", decision(7, null), 409,
                "error.concurrentChange");
        JsonNode approved = api.call(post("/api/v1/security/access-grants/{id}/approve", grant), "edu.leader",
                decision(requested.get("version").asLong(), null));
        assertThat(approved.get("state").asString()).isEqualTo("SCHEDULED");
        assertThat(approved.get("decidedBy").asString()).isEqualTo("edu.leader");
        expect(post("/api/v1/security/access-grants/{id}/refuse", grant), "edu.leader",
                decision(approved.get("version").asLong(), "改主意"), 409, "security.grant.error.alreadyDecided");
        assertThat(api.inboxKeys("vendor")).contains("security.notice.grantApproved");

        // in force two hours later: the operator sees the resource and works under the grant
        clock.setShanghai(START.plusHours(2));
        assertThat(api.call(get("/api/v1/security/access-grants/{id}", grant), "edu.applicant", null).get("state").asString())
                .isEqualTo("ACTIVE");
        assertThat(resourceIds("vendor")).contains(instance);
        assertThat(ids(api.call(get("/api/v1/security/access-grants?active=true"), "edu.leader", null))).contains(grant);
        Instant inWindow = clock.instant().minus(Duration.ofMinutes(30));
        JsonNode ok = api.call(post("/api/v1/security/access-sessions"), "vendor",
                session(instance, inWindow, clock.instant(), "排查磁盘告警", "READ"));
        assertThat(ok.get("violation").isNull()).as(ok.toString()).isTrue();
        assertThat(ok.get("grantId").asLong()).isEqualTo(grant);
        JsonNode export = api.call(post("/api/v1/security/access-sessions"), "vendor",
                session(instance, inWindow, clock.instant(), "导出日志", "READ", "EXPORT"));
        assertThat(export.get("violation").asString()).isEqualTo("ACTION_NOT_GRANTED");
        assertThat(api.inboxKeys("edu.leader")).contains("security.notice.violation");
        assertThat(api.inboxKeys("dec.reviewer")).contains("security.notice.violation");
        JsonNode noGrant = api.call(post("/api/v1/security/access-sessions"), "vendor",
                session(ungranted, inWindow, clock.instant(), "查看配置", "READ"));
        assertThat(noGrant.get("violation").asString()).isEqualTo("NO_GRANT");

        // the grant lapses by itself: three days later it is expired and the resource gone from the operator's list
        clock.setShanghai(START.plusDays(3));
        assertThat(api.call(get("/api/v1/security/access-grants/{id}", grant), "vendor", null).get("state").asString())
                .isEqualTo("EXPIRED");
        assertThat(resourceIds("vendor")).doesNotContain(instance);
        assertThat(ids(api.call(get("/api/v1/security/access-grants?active=true"), "edu.leader", null)))
                .doesNotContain(grant);
        JsonNode late = api.call(post("/api/v1/security/access-sessions"), "vendor",
                session(instance, clock.instant().minus(Duration.ofHours(1)), clock.instant(), "重启服务", "MODIFY"));
        assertThat(late.get("violation").asString()).isEqualTo("OUTSIDE_WINDOW");

        // the unit sees every grant and session on its resources, another unit none of them
        List<Long> unitSessions = ids(api.call(get("/api/v1/security/access-sessions"), "edu.applicant", null));
        assertThat(unitSessions).contains(ok.get("id").asLong(), export.get("id").asLong(), noGrant.get("id").asLong(),
                late.get("id").asLong());
        assertThat(ids(api.call(get("/api/v1/security/access-sessions?violations=true"), "dec.reviewer", null)))
                .contains(export.get("id").asLong(), late.get("id").asLong()).doesNotContain(ok.get("id").asLong());
        assertThat(ids(api.call(get("/api/v1/security/access-sessions"), "mangshi.edu.leader", null)))
                .doesNotContainAnyElementsOf(unitSessions);
        expect(get("/api/v1/security/access-sessions"), "finance", null, 403, "error.forbidden");

        assertThat(audit.forObject("AccessGrant", grant)).extracting(AuditEntry::action)
                .containsExactly("security.grant.request", "security.grant.approve");
        assertThat(audit.forObject("AccessSession", export.get("id").asLong())).extracting(AuditEntry::action)
                .containsExactly("security.session.record", "security.session.violation");
    }

    @Test
    void oneDecisionWinsWhenApprovalAndRefusalRace() throws Exception {
        long instance = fixtures.active("school.applicant", LocalDate.of(2026, 9, 1));
        Instant now = clock.instant();
        JsonNode requested = api.call(post("/api/v1/security/access-grants"), "vendor",
                request(instance, now, now.plus(Duration.ofDays(1)), "READ"));
        long id = requested.get("id").asLong();
        long version = requested.get("version").asLong();
        CompletableFuture<Integer> approve = CompletableFuture.supplyAsync(() -> statusOf(
                post("/api/v1/security/access-grants/{id}/approve", id), decision(version, null)));
        CompletableFuture<Integer> refuse = CompletableFuture.supplyAsync(() -> statusOf(
                post("/api/v1/security/access-grants/{id}/refuse", id), decision(version, "不需要")));
        List<Integer> statuses = new ArrayList<>(List.of(approve.get(), refuse.get()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonNode decided = api.call(get("/api/v1/security/access-grants/{id}", id), "school.leader", null);
        assertThat(decided.get("state").asString()).isIn("SCHEDULED", "ACTIVE", "REFUSED");
        assertThat(audit.forObject("AccessGrant", id)).hasSize(2);
    }

    @Test
    void badRequestsAreRefusedAndNothingIsStored() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        Instant now = clock.instant();
        expect(post("/api/v1/security/access-grants"), "vendor",
                request(instance, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), "READ"), 400,
                "security.grant.error.windowInPast");
        expect(post("/api/v1/security/access-grants"), "vendor",
                request(instance, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(31)), "READ"), 400,
                "security.grant.error.windowTooLong");
        expect(post("/api/v1/security/access-grants"), "vendor",
                request(instance, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1))), 400,
                "security.grant.error.actionsRequired");
        expect(post("/api/v1/security/access-grants"), "vendor",
                request(999_999L, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "READ"), 404,
                "error.object.notFound");
        expect(post("/api/v1/security/access-grants"), "edu.applicant",
                request(instance, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "READ"), 403,
                "error.forbidden");
        expect(post("/api/v1/security/access-sessions"), "vendor",
                session(999_999L, now.minus(Duration.ofHours(1)), now, "x", "READ"), 404, "error.object.notFound");
        expect(post("/api/v1/security/access-sessions"), "vendor",
                session(instance, now, now.plus(Duration.ofHours(1)), "x", "READ"), 400, "security.session.error.future");
        expect(post("/api/v1/security/access-sessions"), "edu.leader",
                session(instance, now.minus(Duration.ofHours(1)), now, "x", "READ"), 403, "error.forbidden");
        expect(get("/api/v1/security/access-resources"), "edu.leader", null, 403, "error.forbidden");
        JsonNode requested = api.call(post("/api/v1/security/access-grants"), "vendor",
                request(instance, now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "READ"));
        expect(post("/api/v1/security/access-grants/{id}/refuse", requested.get("id").asLong()), "edu.leader",
                decision(requested.get("version").asLong(), " "), 400, "security.grant.error.reasonRequired");
        JsonNode refused = api.call(post("/api/v1/security/access-grants/{id}/refuse", requested.get("id").asLong()),
                "edu.leader", decision(requested.get("version").asLong(), "非维护窗口"));
        assertThat(refused.get("state").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("refusalReason").asString()).isEqualTo("非维护窗口");
    }

    private int statusOf(MockHttpServletRequestBuilder request, Object body) {
        try {
            return mvc.perform(request.with(ApiClient.as("school.leader")).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body))).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> request(long instance, Instant from, Instant until, String... actions) {
        return Map.of("instanceId", instance, "purpose", "例行巡检与故障排查", "actions", List.of(actions),
                "validFrom", from.toString(), "validUntil", until.toString());
    }

    private static Map<String, Object> session(long instance, Instant start, Instant end, String did,
                                               String... actions) {
        return Map.of("instanceId", instance, "startedAt", start.toString(), "endedAt", end.toString(),
                "actions", List.of(actions), "description", did);
    }

    private static Map<String, Object> decision(long version, String reason) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("version", version);
        decision.put("reason", reason);
        return decision;
    }

    private List<Long> resourceIds(String user) throws Exception {
        return StreamSupport.stream(api.call(get("/api/v1/security/access-resources"), user, null).spliterator(), false)
                .map(n -> n.get("instanceId").asLong()).toList();
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
