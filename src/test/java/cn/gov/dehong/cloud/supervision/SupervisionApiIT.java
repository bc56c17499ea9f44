package cn.gov.dehong.cloud.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UserView;
import cn.gov.dehong.cloud.subscription.ServiceLine;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Supervision on real data: systems through the security API, instances through subscription, daily utilisation
 * rows as the operations job stores them; report, ranking weights, recommendation → change/termination request,
 * bulletin, charts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SupervisionApiIT {

    private static final AtomicLong APPLICATION_IDS = new AtomicLong(986_000);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
    }

    /** A running cloud host (4 vCPU / 8 GB) of the user's unit, billed from 2026-09-11. */
    private long activeHost(String username) {
        UserView user = organization.user(username).orElseThrow();
        ProductView product = catalog.products().stream().filter(p -> p.code().equals("ECS")).findFirst().orElseThrow();
        long applicationId = APPLICATION_IDS.incrementAndGet();
        long id = subscriptions.openForTest(applicationId, user.unitId(), user.unitName(), PlatformZone.PRIVATE,
                List.of(new ServiceLine(product.id(), product.name(),
                        new SpecValues(Map.of(SpecParameter.VCPU, 4, SpecParameter.MEMORY_GB, 8)), 1,
                        new BigDecimal("321.00"))),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10)).get(0);
        subscriptions.goLive(applicationId, LocalDate.of(2026, 9, 11));
        return id;
    }

    /** {@code days} days of October 2026 with the given daily p95 per metric. */
    private void utilisation(long instanceId, int days, double cpu, double memory, double disk) {
        var instance = subscriptions.instance(instanceId);
        for (int d = 1; d <= days; d++) {
            for (Object[] metric : new Object[][] {{"CPU", cpu}, {"MEMORY", memory}, {"DISK", disk}}) {
                double p95 = (double) metric[1];
                jdbc.update("insert into ops_utilisation_daily (instance_id, instance_code, unit_id, metric,"
                                + " sample_date, sample_count, utilisation_avg, utilisation_p95, utilisation_max,"
                                + " collected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        instanceId, instance.code(), instance.unitId(), metric[0],
                        Date.valueOf(LocalDate.of(2026, 10, d)), 288, p95 * 0.8, p95, Math.min(1, p95 * 1.2),
                        Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
            }
        }
    }

    private JsonNode report(String user, String query) throws Exception {
        return api.read(mvc.perform(get("/api/v1/supervision/report?" + query).with(ApiClient.as(user)))
                .andExpect(status().isOk()).andReturn());
    }

    private static JsonNode unitRow(JsonNode report, long unitId) {
        for (JsonNode u : report.get("units")) {
            if (u.get("id").asLong() == unitId) {
                return u;
            }
        }
        throw new AssertionError("no unit " + unitId + " in " + report);
    }

    private static List<Long> candidateIds(JsonNode report, String efficiency) {
        List<Long> ids = new ArrayList<>();
        report.get("candidates").forEach(c -> {
            if (c.get("efficiency").asString().equals(efficiency)) {
                ids.add(c.get("instanceId").asLong());
            }
        });
        return ids;
    }

    /** The candidates as text, p95 rounded to 0.1 %: stored sums and live averages may differ in the last bits. */
    private org.springframework.mock.web.MockHttpServletResponse defineWeights(String user, String language)
            throws Exception {
        return mvc.perform(post("/api/v1/supervision/weights").with(ApiClient.as(user)).header("Accept-Language", language)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("adoption", 40, "efficiency", 40, "security", 20,
                                "training", 0, "note", "并发设定"))))
                .andReturn().getResponse();
    }

    private static List<String> summary(JsonNode report) {
        List<String> lines = new ArrayList<>();
        report.get("candidates").forEach(c -> lines.add("%d %s %d/%d cpu %.1f mem %.1f disk %.1f fee %s".formatted(
                c.get("instanceId").asLong(), c.get("efficiency").asString(), c.get("belowDays").asInt(),
                c.get("days").asInt(), c.get("cpuP95").asDouble() * 100, c.get("memoryP95").asDouble() * 100,
                c.get("diskP95").asDouble() * 100, c.get("monthlyFee").decimalValue().toPlainString())));
        return lines;
    }

    private void expect(MockHttpServletRequestBuilder request, String user, Object body, int status, String code)
            throws Exception {
        request.with(ApiClient.as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void reportRecommendationAcceptedAndDeclinedBulletinAndCharts() throws Exception {
        long school = organization.user("school.applicant").orElseThrow().unitId();
        clock.setShanghai(LocalDateTime.of(2026, 10, 9, 9, 0));
        long idle = activeHost("school.applicant");
        long over = activeHost("school.applicant");
        long busy = activeHost("school.applicant");
        long shortIdle = activeHost("school.applicant");
        utilisation(idle, 25, 0.02, 0.05, 0.50);       // idle: CPU < 5 % and memory < 10 % on 25 ≥ 20 days
        utilisation(over, 31, 0.20, 0.60, 0.60);       // over-provisioned: CPU < 30 % on 31 days
        utilisation(busy, 31, 0.60, 0.70, 0.60);       // neither
        utilisation(shortIdle, 19, 0.02, 0.05, 0.10);  // below every limit, but on 19 < 20 days only

        JsonNode before = report("dec.reviewer", "from=2026-10&to=2026-10&unitId=" + school);
        long systemsBefore = unitRow(before, school).get("systems").asLong();
        long onCloudBefore = unitRow(before, school).get("onCloud").asLong();

        Map<String, Object> onCloud = new HashMap<>();
        onCloud.put("name", "校园一卡通-" + idle);
        onCloud.put("purpose", "一卡通");
        onCloud.put("zone", "PRIVATE");
        onCloud.put("instanceIds", List.of(idle));
        onCloud.put("onCloud", true);
        api.call(post("/api/v1/security/systems"), "school.applicant", onCloud);
        long planned = api.call(post("/api/v1/security/systems"), "school.applicant",
                Map.of("name", "旧教务系统-" + idle, "purpose", "教务", "zone", "PRIVATE", "onCloud", false,
                        "plannedMigrationOn", "2027-03-31")).get("id").asLong();
        long retiring = api.call(post("/api/v1/security/systems"), "school.applicant",
                Map.of("name", "旧档案系统-" + idle, "purpose", "档案", "zone", "PRIVATE", "onCloud", false,
                        "endOfLifeOn", "2026-10-01")).get("id").asLong();

        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
        JsonNode report = report("dec.reviewer", "from=2026-10&to=2026-10&unitId=" + school);
        JsonNode row = unitRow(report, school);
        assertThat(report.get("empty").asBoolean()).isFalse();
        assertThat(row.get("systems").asLong()).isEqualTo(systemsBefore + 3);
        assertThat(row.get("onCloud").asLong()).isEqualTo(onCloudBefore + 1);
        if (systemsBefore == 0) {
            assertThat(row.get("adoptionRatio").decimalValue()).isEqualByComparingTo("0.3333");
        }
        List<Long> pending = new ArrayList<>();
        report.get("notMigrated").forEach(s -> pending.add(s.get("id").asLong()));
        assertThat(pending).contains(planned, retiring);
        // Art. 30: September's adoption is the inventory as of 09-30, before the three October registrations
        JsonNode september = report("dec.reviewer", "from=2026-09&to=2026-09&unitId=" + school);
        assertThat(unitRow(september, school).get("systems").asLong()).isLessThanOrEqualTo(row.get("systems").asLong() - 3);
        assertThat(unitRow(september, school).get("onCloud").asLong()).isLessThanOrEqualTo(row.get("onCloud").asLong() - 1);
        List<Long> pendingInSeptember = new ArrayList<>();
        september.get("notMigrated").forEach(s -> pendingInSeptember.add(s.get("id").asLong()));
        assertThat(pendingInSeptember).doesNotContain(planned, retiring);
        report.get("notMigrated").forEach(s -> {
            if (s.get("id").asLong() == planned) {
                assertThat(s.get("plannedMigrationOn").asString()).isEqualTo("2027-03-31");
                assertThat(s.get("overdue").asBoolean()).isFalse();
            }
            if (s.get("id").asLong() == retiring) {
                assertThat(s.get("endOfLifeOn").asString()).isEqualTo("2026-10-01");
                assertThat(s.get("overdue").asBoolean()).as("past its end of life, still running").isTrue();
            }
        });
        assertThat(candidateIds(report, "IDLE")).contains(idle).doesNotContain(over, busy, shortIdle);
        assertThat(candidateIds(report, "OVER_PROVISIONED")).contains(over).doesNotContain(idle, busy, shortIdle);
        report.get("candidates").forEach(c -> {
            if (c.get("instanceId").asLong() == idle) {
                assertThat(c.get("monthlyFee").decimalValue()).as("no bill yet: the instance's estimate")
                        .isEqualByComparingTo("321.00");
                assertThat(c.get("feeFromBilling").asBoolean()).isFalse();
                assertThat(c.get("belowDays").asInt()).isEqualTo(25);
            }
        });

        // the monthly pre-aggregate of the closed month gives the same figures as the daily rows
        expect(post("/api/v1/supervision/efficiency/2026-11/refresh"), "dec.reviewer", null, 400,
                "supervision.efficiency.error.openMonth");
        expect(post("/api/v1/supervision/efficiency/2026-10/refresh"), "finance", null, 403, "error.forbidden");
        JsonNode refreshed = api.call(post("/api/v1/supervision/efficiency/2026-10/refresh"), "dec.reviewer", null);
        assertThat(refreshed.get("instances").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from sup_efficiency_monthly where month_key = '2026-10'"
                + " and instance_id in (?, ?, ?, ?)", Integer.class, idle, over, busy, shortIdle)).isEqualTo(4);
        JsonNode stored = report("dec.reviewer", "from=2026-10&to=2026-10&unitId=" + school);
        assertThat(summary(stored)).isEqualTo(summary(report)).isNotEmpty();
        assertThat(unitRow(stored, school)).isEqualTo(row);
        JsonNode twoMonths = report("dec.reviewer", "from=2026-09&to=2026-10&unitId=" + school);
        assertThat(candidateIds(twoMonths, "IDLE")).contains(idle);
        // both months pre-aggregated: the summed read gives the same figures as with the live month
        api.call(post("/api/v1/supervision/efficiency/2026-09/refresh"), "dec.reviewer", null);
        JsonNode twoStored = report("dec.reviewer", "from=2026-09&to=2026-10&unitId=" + school);
        assertThat(summary(twoStored)).isEqualTo(summary(twoMonths)).isNotEmpty();
        assertThat(unitRow(twoStored, school)).isEqualTo(unitRow(twoMonths, school));

        // data scope: the unit reads its own figures only; the vendor reads none
        JsonNode own = report("school.applicant", "from=2026-10&to=2026-10");
        own.get("units").forEach(u -> assertThat(u.get("id").asLong()).isEqualTo(school));
        expect(get("/api/v1/supervision/report?unitId=" + school), "mangshi.edu.applicant", null, 404,
                "error.object.notFound");
        expect(get("/api/v1/supervision/report"), "vendor", null, 403, "error.forbidden");

        // a period without data: an explanatory empty state, not an error
        JsonNode empty = report("dec.reviewer", "from=2019-01&to=2019-02");
        assertThat(empty.get("empty").asBoolean()).isTrue();
        assertThat(empty.get("candidates")).isEmpty();
        expect(get("/api/v1/supervision/report?from=2026-10&to=2026-01"), "dec.reviewer", null, 400,
                "supervision.period.error.order");

        // weights: must sum to 100 %, versioned
        expect(post("/api/v1/supervision/weights"), "dec.reviewer",
                Map.of("adoption", 50, "efficiency", 30, "security", 30, "training", 0), 400,
                "supervision.weights.error.sum");
        expect(post("/api/v1/supervision/weights"), "finance",
                Map.of("adoption", 40, "efficiency", 30, "security", 20, "training", 10), 403, "error.forbidden");
        JsonNode weights = api.call(post("/api/v1/supervision/weights"), "dec.reviewer",
                Map.of("adoption", 40, "efficiency", 40, "security", 20, "training", 0, "note", "2026 年第四季度"));
        int version = weights.get("versionNo").asInt();
        assertThat(version).isGreaterThanOrEqualTo(2);
        JsonNode ranking = api.read(mvc.perform(get("/api/v1/supervision/ranking?from=2026-10&to=2026-10")
                .with(ApiClient.as("finance"))).andExpect(status().isOk()).andReturn());
        assertThat(ranking.get("weights").get("versionNo").asInt()).isEqualTo(version);
        // two DEC users defining (the same) weights at once: never a 500; one who read a stale version is told to reload
        for (int round = 0; round < 3; round++) {
            List<org.springframework.mock.web.MockHttpServletResponse> responses =
                    cn.gov.dehong.cloud.support.Concurrently.run(() -> defineWeights("dec.reviewer", "zh-CN"),
                            () -> defineWeights("dec.acceptor", "en"));
            assertThat(responses).extracting(r -> r.getStatus()).as("round " + round)
                    .allMatch(st -> st == 201 || st == 409).contains(201);
            for (var response : responses) {
                if (response.getStatus() == 409) {
                    JsonNode problem = json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(problem.get("code").asString()).isEqualTo("supervision.weights.error.concurrent");
                }
            }
        }
        assertThat(jdbc.queryForObject("select count(*) - count(distinct version_no) from sup_ranking_weights",
                Integer.class)).isZero();
        JsonNode schoolRank = null;
        for (JsonNode r : ranking.get("units")) {
            if (r.get("id").asLong() == school) {
                schoolRank = r;
            }
        }
        assertThat(schoolRank).isNotNull();
        assertThat(schoolRank.get("rank").asInt()).isPositive();
        expect(get("/api/v1/supervision/ranking"), "school.applicant", null, 403, "error.forbidden");

        // recommendation to terminate the idle host: accepted → a termination request
        Map<String, Object> terminate = Map.of("instanceId", idle, "kind", "TERMINATE", "from", "2026-10", "to",
                "2026-10", "message", "该云主机 10 月 CPU、内存利用率长期低于 5%/10%，建议终止");
        expect(post("/api/v1/supervision/recommendations"), "school.applicant", terminate, 403, "error.forbidden");
        JsonNode sent = api.call(post("/api/v1/supervision/recommendations"), "dec.reviewer", terminate);
        long recommendation = sent.get("id").asLong();
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.get("efficiency").asString()).isEqualTo("IDLE");
        assertThat(sent.get("feeAtStake").decimalValue()).isEqualByComparingTo("321.00");
        expect(post("/api/v1/supervision/recommendations"), "dec.reviewer", terminate, 409,
                "supervision.recommendation.error.open");
        assertThat(api.inboxKeys("school.applicant")).contains("supervision.notice.recommendation");

        Map<String, Object> accept = Map.of("accept", true, "requestedEndDate", "2026-12-31",
                "dataBackupConfirmed", true);
        expect(post("/api/v1/supervision/recommendations/{id}/answer", recommendation), "mangshi.edu.applicant",
                accept, 404, "error.object.notFound");
        expect(post("/api/v1/supervision/recommendations/{id}/answer", recommendation), "school.applicant",
                Map.of("accept", true, "requestedEndDate", "2026-12-31", "dataBackupConfirmed", false), 400,
                "request.error.backupNotConfirmed");
        assertThat(api.call(get("/api/v1/supervision/recommendations/{id}", recommendation), "dec.reviewer", null)
                .get("status").asString()).as("a refused answer changes nothing").isEqualTo("SENT");
        JsonNode accepted = api.call(post("/api/v1/supervision/recommendations/{id}/answer", recommendation),
                "school.applicant", accept);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        long requestId = accepted.get("requestId").asLong();
        assertThat(accepted.get("requestCode").asString()).startsWith("ZZ-");
        JsonNode request = api.call(get("/api/v1/requests/{id}", requestId), "school.applicant", null);
        assertThat(request.get("instanceId").asLong()).isEqualTo(idle);
        assertThat(request.get("type").asString()).isEqualTo("TERMINATION");
        assertThat(request.get("status").asString()).isEqualTo("REVIEW");
        expect(post("/api/v1/supervision/recommendations/{id}/answer", recommendation), "school.applicant", accept,
                409, "supervision.recommendation.error.answered");
        assertThat(audit.forObject("Recommendation", recommendation)).extracting(e -> e.action())
                .contains("supervision.recommendation.send", "supervision.recommendation.accept");

        // recommendation to downsize the over-provisioned host: declined with a reason
        long downsize = api.call(post("/api/v1/supervision/recommendations"), "dec.reviewer",
                Map.of("instanceId", over, "kind", "DOWNSIZE", "from", "2026-10", "to", "2026-10",
                        "message", "CPU 利用率低于 30%，建议降为 2 核")).get("id").asLong();
        expect(post("/api/v1/supervision/recommendations/{id}/answer", downsize), "school.applicant",
                Map.of("accept", false), 400, "supervision.recommendation.error.declineReason");
        JsonNode declined = api.call(post("/api/v1/supervision/recommendations/{id}/answer", downsize),
                "school.applicant", Map.of("accept", false, "reason", "期末考试期间业务高峰，需保持现有配置"));
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("requestId").isNull()).isTrue();

        // bulletin: drafted from the figures, edited, published to all units, PDF
        JsonNode draft = api.call(post("/api/v1/supervision/bulletins"), "dec.reviewer",
                Map.of("from", "2026-10", "to", "2026-10"));
        long bulletin = draft.get("id").asLong();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("body").asString()).contains("上云比例").contains(schoolRank.get("name").asString().isEmpty()
                ? "" : "排名");
        expect(get("/api/v1/supervision/bulletins/{id}", bulletin), "school.applicant", null, 404,
                "error.object.notFound");
        JsonNode edited = api.call(put("/api/v1/supervision/bulletins/{id}", bulletin), "dec.reviewer",
                Map.of("title", "2026 年 10 月“德宏云”使用情况通报", "body", draft.get("body").asString() + "\n\n特此通报。",
                        "version", draft.get("version").asLong()));
        assertThat(edited.get("body").asString()).endsWith("特此通报。");
        api.call(post("/api/v1/supervision/bulletins/{id}/publish", bulletin), "dec.reviewer", null);
        expect(post("/api/v1/supervision/bulletins/{id}/publish", bulletin), "dec.reviewer", null, 409,
                "supervision.bulletin.error.published");
        expect(put("/api/v1/supervision/bulletins/{id}", bulletin), "dec.reviewer",
                Map.of("title", "x", "body", "y"), 409, "supervision.bulletin.error.published");
        assertThat(api.call(get("/api/v1/supervision/bulletins/{id}", bulletin), "school.applicant", null)
                .get("title").asString()).isEqualTo("2026 年 10 月“德宏云”使用情况通报");
        assertThat(api.inboxKeys("school.applicant")).contains("supervision.notice.bulletin");
        MvcResult pdf = mvc.perform(get("/api/v1/supervision/bulletins/{id}/pdf", bulletin)
                .with(ApiClient.as("school.applicant"))).andExpect(status().isOk()).andReturn();
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

        // charts: adoption by county includes the school's county row; incidents and SLA months are listed
        JsonNode adoption = api.call(get("/api/v1/supervision/charts/adoption?from=2026-10&to=2026-10"),
                "dec.reviewer", null);
        assertThat(adoption.get("rows")).isNotEmpty();
        assertThat(adoption.get("rows").get(0).get("link").asString()).startsWith("/supervision?from=2026-10");
        JsonNode sla = api.call(get("/api/v1/supervision/charts/sla?from=2026-01&to=2026-10"), "finance", null);
        assertThat(sla.get("rows")).hasSize(10);
        expect(get("/api/v1/supervision/charts/nothing"), "dec.reviewer", null, 404, "error.object.notFound");
    }
}
