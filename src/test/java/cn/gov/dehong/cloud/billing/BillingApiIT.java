package cn.gov.dehong.cloud.billing;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.audit.AuditQuery;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.Excel;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Billing through the REST API, on H2 and on PostgreSQL. Each test owns its months and instances (created through
 * SubscriptionManagement, ended inside those months) so that the tests of this class and of others never meet.
 * The context is the one of {@code ServiceLifecycleApiIT} (same configuration), so it is started once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class BillingApiIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired AuditLog audit;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        clock.setShanghai(LocalDateTime.of(2026, 3, 10, 10, 0));
    }

    /**
     * Run twice → same lines; close → run again 409; a change recorded late → recheck books an adjustment in the next
     * period (idempotent), the closed period stays as it was; statements sum exactly; Excel and PDF downloads.
     */
    @Test
    void idempotentRunsClosingAndAdjustmentsOfAClosedPeriod() throws Exception {
        UnitView edu = unit("5331-JTJ");
        UnitView mangshiEdu = unit("533103-JTJ");
        UnitView tax = unit("5331-SWJ");
        long host = open(881_001, edu, "弹性云主机", ecs(4, 8, 100), "359.00", LocalDate.of(2025, 3, 15));
        long disk = open(881_002, mangshiEdu, "弹性块存储", disk(500), "200.00", LocalDate.of(2025, 3, 1));
        long taxHost = open(881_003, tax, "弹性云主机", ecs(2, 4, 50), "179.50", LocalDate.of(2025, 3, 20));

        JsonNode first = api.call(post("/api/v1/billing/periods/2025-03/runs"), "finance", null);
        List<String> firstLines = lines("2025-03", "finance");
        JsonNode second = api.call(post("/api/v1/billing/periods/2025-03/runs"), "finance", null);
        List<String> secondLines = lines("2025-03", "finance");
        assertThat(second.get("total").decimalValue()).isEqualByComparingTo(first.get("total").decimalValue());
        assertThat(second.get("lineCount").asInt()).isEqualTo(first.get("lineCount").asInt());
        assertThat(secondLines).isEqualTo(firstLines).contains(
                code(host) + "|2025-03-15/PREFECTURE|359.00",      // 4×45 + 8×18 + 100×0.35, whole month
                code(disk) + "|2025-03-01/COUNTY|200.00",          // 500 GB × 0.40
                code(taxHost) + "|2025-03-20/UNIT|179.50");        // national unit: billed to itself, whole month
        assertThat(api.call(get("/api/v1/billing/periods/2025-03/runs"), "finance", null)).hasSize(2);
        assertThat(audit.search(new AuditQuery(null, "billing.run", "BillingPeriod", "2025-03", null, null),
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);

        // statements: every grouping adds up to the period total, to the fen
        BigDecimal total = api.call(get("/api/v1/billing/periods/2025-03"), "finance", null).get("total").decimalValue();
        for (String kind : List.of("payer", "unit", "product")) {
            JsonNode statement = api.call(get("/api/v1/billing/periods/2025-03/statements/" + kind), "finance", null);
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode row : statement.get("rows")) {
                sum = sum.add(row.get("amount").decimalValue());
            }
            assertThat(sum).as(kind).isEqualByComparingTo(total);
            assertThat(statement.get("total").decimalValue()).as(kind).isEqualByComparingTo(total);
        }
        JsonNode counties = api.call(get("/api/v1/billing/periods/2025-03/statements/county"), "finance", null);
        assertThat(counties.get("rows").findValuesAsString("countyName")).contains("芒市");
        JsonNode payers = api.call(get("/api/v1/billing/periods/2025-03/statements/payer"), "finance", null);
        assertThat(payers.get("rows").findValuesAsString("bearer")).contains("PREFECTURE", "COUNTY", "UNIT");
        expect(get("/api/v1/billing/periods/2025-03/statements/weather"), "finance").andExpect(status().isNotFound());

        // downloads: Excel with the summary and the lines, PDF with Chinese text
        byte[] xlsx = download("/api/v1/billing/periods/2025-03/statements/unit/xlsx", "finance", Excel.XLSX);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("按使用单位");
            assertThat(workbook.getSheetName(1)).isEqualTo("明细");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(first.get("lineCount").asInt());
        }
        String pdf = pdfText(download("/api/v1/billing/periods/2025-03/statements/payer/pdf", "finance",
                MediaType.APPLICATION_PDF));
        assertThat(pdf).contains("按付款方结算汇总", "州数字经济发展中心", "合计", "¥");

        // close; a closed period is never run again
        expect(post("/api/v1/billing/periods/2025-03/close"), "edu.applicant").andExpect(status().isForbidden());
        JsonNode closed = api.call(post("/api/v1/billing/periods/2025-03/close"), "finance", null);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        expect(post("/api/v1/billing/periods/2025-03/runs"), "finance").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("billing.error.periodClosed"));
        expect(post("/api/v1/billing/periods/2025-03/close"), "finance").andExpect(status().isConflict());

        // found later: the host was changed on 20 March to 8 vCPU / 16 GB (683.00 a month)
        subscriptions.startChange(host, LocalDate.of(2025, 3, 18), "扩容");
        subscriptions.completeChange(host, ecs(8, 16, 100), 1, new BigDecimal("683.00"), LocalDate.of(2025, 3, 20));
        for (long id : List.of(host, disk, taxHost)) {
            subscriptions.terminate(id, LocalDate.of(2025, 5, 31), "测试结束");
        }
        api.call(post("/api/v1/billing/periods/2025-04/runs"), "finance", null);
        // an adjustment needs a later, open period and a closed one to correct
        expect(post("/api/v1/billing/periods/2025-03/rechecks"), "finance", Map.of("adjustsPeriod", "2025-03"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("billing.error.adjustmentTarget"));
        expect(post("/api/v1/billing/periods/2025-02/rechecks"), "finance", Map.of("adjustsPeriod", "2025-04"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("billing.error.adjustOpenPeriod"));
        JsonNode recheck = api.call(post("/api/v1/billing/periods/2025-04/rechecks"), "finance",
                Map.of("adjustsPeriod", "2025-03"));
        // March becomes 19/31 × 359.00 = 220.03 plus 12/31 × 683.00 = 264.39: 125.42 more than the 359.00 charged
        assertThat(recheck.get("total").decimalValue()).isEqualByComparingTo("125.42");
        assertThat(recheck.get("lineCount").asInt()).isEqualTo(2);
        JsonNode again = api.call(post("/api/v1/billing/periods/2025-04/rechecks"), "finance",
                Map.of("adjustsPeriod", "2025-03"));
        assertThat(again.get("total").decimalValue()).isEqualByComparingTo("125.42");
        JsonNode adjustments = api.call(get("/api/v1/billing/periods/2025-04/lines?kind=ADJUSTMENT&size=100"), "finance", null);
        assertThat(adjustments.get("content")).hasSize(2);
        assertThat(adjustments.get("content").findValuesAsString("adjustsPeriod")).containsOnly("2025-03");
        assertThat(adjustments.get("content").findValues("amount").stream().map(JsonNode::decimalValue).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("-138.97"), new BigDecimal("264.39"));
        assertThat(api.call(get("/api/v1/billing/periods/2025-03"), "finance", null).get("total").decimalValue())
                .isEqualByComparingTo(total);
        assertThat(lines("2025-03", "finance")).isEqualTo(firstLines);

        // a manual adjustment: never zero, never into a closed or the same period
        expect(post("/api/v1/billing/periods/2025-04/adjustments"), "finance",
                Map.of("instanceId", taxHost, "adjustsPeriod", "2025-03", "amount", 0, "reason", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("billing.error.amountZero"));
        expect(post("/api/v1/billing/periods/2025-04/adjustments"), "finance",
                Map.of("instanceId", taxHost, "adjustsPeriod", "2025-03", "amount", "12.345", "reason", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("billing.error.amountMalformed"));
        JsonNode manual = api.call(post("/api/v1/billing/periods/2025-04/adjustments"), "finance",
                Map.of("instanceId", taxHost, "adjustsPeriod", "2025-03", "amount", "-10.00", "reason", "服务中断补偿"));
        assertThat(manual).singleElement().satisfies(line -> {
            assertThat(line.get("bearer").asString()).isEqualTo("UNIT");
            assertThat(line.get("amount").decimalValue()).isEqualByComparingTo("-10.00");
        });

        // Art. 9(六): the raise of the change is the unit's own; the delta was recorded from subscription's event
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode deltas = api.call(get("/api/v1/billing/change-deltas?year=2025&unitId=" + edu.id()), "edu.applicant", null);
            assertThat(deltas.get("content")).anySatisfy(delta -> {
                assertThat(delta.get("instanceId").asLong()).isEqualTo(host);
                assertThat(delta.get("direction").asString()).isEqualTo("RAISE");
                assertThat(delta.get("monthlyDelta").decimalValue()).isEqualByComparingTo("324.00");
                // 324.00 × (9 + 12/31 of March)
                assertThat(delta.get("restOfYearAmount").decimalValue()).isEqualByComparingTo("3041.42");
            });
        });
        expect(get("/api/v1/billing/change-deltas?year=2025&unitId=" + edu.id()), "mangshi.edu.applicant")
                .andExpect(status().isNotFound());
    }

    /** A dispute keeps the line open and blocks closing until finance resolves it; penalties on the vendor statement. */
    @Test
    void disputesBlockClosingAndPenaltiesReduceThePayable() throws Exception {
        UnitView school = unit("5331-JTJ-01");
        UnitView mangshiEdu = unit("533103-JTJ");
        long a = open(882_001, school, "弹性云主机", ecs(4, 8, 100), "359.00", LocalDate.of(2025, 6, 1));
        long b = open(882_002, mangshiEdu, "弹性块存储", disk(1000), "400.00", LocalDate.of(2025, 6, 10));
        subscriptions.terminate(a, LocalDate.of(2025, 6, 30), "测试结束");
        subscriptions.terminate(b, LocalDate.of(2025, 6, 30), "测试结束");
        api.call(post("/api/v1/billing/periods/2025-06/runs"), "finance", null);

        // Art. 26: a deduction and a payment hold, by the DEC; bad input changes nothing
        expect(post("/api/v1/billing/penalties"), "vendor", Map.of("period", "2025-06", "kind", "DEDUCTION",
                "amount", "100.00", "reason", "x", "reference", "y")).andExpect(status().isForbidden());
        expect(post("/api/v1/billing/penalties"), "dec.reviewer", Map.of("period", "2025-06", "kind", "DEDUCTION",
                "amount", "-5", "reason", "x", "reference", "y")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("billing.error.amountNotPositive"));
        expect(post("/api/v1/billing/penalties"), "dec.reviewer", Map.of("period", "2025-06", "kind", "DEDUCTION",
                "amount", "abc", "reason", "x", "reference", "y")).andExpect(status().isBadRequest());
        expect(post("/api/v1/billing/penalties"), "dec.reviewer", Map.of("period", "2026-05", "kind", "HOLD",
                "reason", "x", "reference", "y")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("billing.error.periodInFuture"));
        api.call(post("/api/v1/billing/penalties"), "dec.reviewer", Map.of("period", "2025-06", "kind", "DEDUCTION",
                "amount", "50.00", "reason", "6月12日宕机4小时", "reference", "INC-2025-0612"));
        JsonNode hold = api.call(post("/api/v1/billing/penalties"), "finance", Map.of("period", "2025-06", "kind", "HOLD",
                "reason", "安全事件整改未完成", "reference", "INC-2025-0618"));

        JsonNode statement = api.call(get("/api/v1/billing/periods/2025-06/vendor-statement"), "vendor", null);
        assertThat(statement.get("paymentHeld").asBoolean()).isTrue();
        assertThat(statement.get("deductions").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(statement.get("net").decimalValue())
                .isEqualByComparingTo(statement.get("gross").decimalValue().subtract(new BigDecimal("50.00")));
        JsonNode prefecture = rowOf(statement.get("payers"), "PREFECTURE");
        assertThat(prefecture.get("deductions").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(prefecture.get("held").asBoolean()).isTrue();
        assertThat(rowOf(statement.get("payers"), "COUNTY").get("deductions").decimalValue()).isEqualByComparingTo("0");
        assertThat(statement.get("penalties")).hasSize(2);

        // the vendor disputes a line and confirms the rest
        long lineA = lineId("2025-06", code(a));
        long lineB = lineId("2025-06", code(b));
        expect(post("/api/v1/billing/periods/2025-06/lines/" + lineA + "/dispute"), "vendor", Map.of("reason", " "))
                .andExpect(status().isBadRequest());
        expect(post("/api/v1/billing/periods/2025-06/lines/" + lineA + "/dispute"), "finance", Map.of("reason", "x"))
                .andExpect(status().isForbidden());
        JsonNode disputed = api.call(post("/api/v1/billing/periods/2025-06/lines/" + lineA + "/dispute"), "vendor",
                Map.of("reason", "6月1日实际未开通"));
        assertThat(disputed.get("review").asString()).isEqualTo("DISPUTED");
        assertThat(api.call(post("/api/v1/billing/periods/2025-06/vendor-statement/confirm-open"), "vendor", null)
                .get("count").asInt()).isPositive();
        assertThat(line("2025-06", lineB).get("review").asString()).isEqualTo("CONFIRMED");
        assertThat(line("2025-06", lineA).get("review").asString()).isEqualTo("DISPUTED");

        expect(post("/api/v1/billing/periods/2025-06/close"), "finance").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("billing.error.unresolvedDisputes"));
        expect(post("/api/v1/billing/periods/2025-06/lines/" + lineA + "/resolve"), "vendor",
                Map.of("outcome", "REJECTED", "note", "x")).andExpect(status().isForbidden());
        expect(post("/api/v1/billing/periods/2025-06/lines/" + lineB + "/resolve"), "finance",
                Map.of("outcome", "REJECTED", "note", "x")).andExpect(status().isConflict());
        JsonNode resolved = api.call(post("/api/v1/billing/periods/2025-06/lines/" + lineA + "/resolve"), "dec.reviewer",
                Map.of("outcome", "REJECTED", "note", "开通确认单显示6月1日已开通"));
        assertThat(resolved.get("review").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("outcome").asString()).isEqualTo("REJECTED");
        expect(post("/api/v1/billing/periods/2025-06/lines/" + lineA + "/confirm"), "vendor").andExpect(status().isConflict());

        // a re-run with the same result keeps the reviews
        api.call(post("/api/v1/billing/periods/2025-06/runs"), "finance", null);
        assertThat(line("2025-06", lineId("2025-06", code(b))).get("review").asString()).isEqualTo("CONFIRMED");

        api.call(post("/api/v1/billing/periods/2025-06/close"), "finance", null);
        expect(post("/api/v1/billing/periods/2025-06/lines/" + lineId("2025-06", code(b)) + "/dispute"), "vendor",
                Map.of("reason", "x")).andExpect(status().isConflict());
        api.call(post("/api/v1/billing/penalties/" + hold.get("id").asLong() + "/release"), "finance",
                Map.of("note", "整改已完成"));
        assertThat(api.call(get("/api/v1/billing/periods/2025-06/vendor-statement"), "vendor", null)
                .get("paymentHeld").asBoolean()).isFalse();

        String pdf = pdfText(download("/api/v1/billing/periods/2025-06/vendor-statement/pdf", "vendor",
                MediaType.APPLICATION_PDF));
        assertThat(pdf).contains("中标供应商结算单", "INC-2025-0612", "6月1日实际未开通", "¥");
        byte[] xlsx = download("/api/v1/billing/periods/2025-06/vendor-statement/xlsx", "vendor", Excel.XLSX);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
        }

        // data scope: a unit reads its own bill and nobody else's
        String bill = "/api/v1/billing/periods/2025-06/units/" + school.id() + "/bill";
        assertThat(api.call(get(bill), "school.applicant", null).get("total").decimalValue()).isEqualByComparingTo("359.00");
        assertThat(api.call(get(bill), "edu.leader", null).get("unitName").asString()).isEqualTo(school.name());
        expect(get(bill), "mangshi.edu.applicant").andExpect(status().isNotFound());
        expect(get(bill), "mangshi.aggregator").andExpect(status().isNotFound());
        expect(get(bill), "vendor").andExpect(status().isForbidden());
        assertThat(api.call(get("/api/v1/billing/periods/2025-06/units/" + mangshiEdu.id() + "/bill"), "mangshi.aggregator",
                null).get("county").decimalValue()).isPositive();
        expect(get("/api/v1/billing/periods/2025-06/statements/payer"), "school.applicant").andExpect(status().isForbidden());
        JsonNode own = api.call(get("/api/v1/billing/periods/2025-06/lines?size=200"), "school.applicant", null);
        assertThat(own.get("content").findValuesAsString("unitName")).containsOnly(school.name());
        assertThat(pdfText(download(bill + "/pdf", "school.applicant", MediaType.APPLICATION_PDF)))
                .contains("云服务费用账单", school.name(), "¥359.00");
    }

    @Test
    void jointBearingSplitsByTheConfiguredRatio() throws Exception {
        UnitView police = unit("5331-GAJ");
        UnitView mangshi = unit("533103");
        long id = open(883_001, police, "弹性云主机", ecs(3, 6, 0), "243.00", LocalDate.of(2025, 7, 1));
        subscriptions.terminate(id, LocalDate.of(2025, 7, 31), "测试结束");

        expect(post("/api/v1/billing/joint-rules"), "finance", Map.of("instanceId", id, "countyId", mangshi.id(),
                "prefecturePercent", 60, "countyPercent", 41, "validFrom", "2025-07", "reference", "德财〔2025〕1号"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("billing.error.ratioNot100"));
        expect(post("/api/v1/billing/joint-rules"), "finance", Map.of("unitId", unit("5331-SWJ").id(),
                "countyId", mangshi.id(), "prefecturePercent", 60, "countyPercent", 40, "validFrom", "2025-07",
                "reference", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("billing.error.jointNational"));
        expect(post("/api/v1/billing/joint-rules"), "dec.reviewer", Map.of("instanceId", id, "countyId", mangshi.id(),
                "prefecturePercent", 60, "countyPercent", 40, "validFrom", "2025-07", "reference", "x"))
                .andExpect(status().isForbidden());
        api.call(post("/api/v1/billing/joint-rules"), "finance", Map.of("instanceId", id, "countyId", mangshi.id(),
                "prefecturePercent", "66.67", "countyPercent", "33.33", "validFrom", "2025-07", "validTo", "2025-07",
                "reference", "德财〔2025〕1号"));
        expect(post("/api/v1/billing/joint-rules"), "finance", Map.of("instanceId", id, "countyId", mangshi.id(),
                "prefecturePercent", 50, "countyPercent", 50, "validFrom", "2025-06", "reference", "x"))
                .andExpect(status().isConflict());

        api.call(post("/api/v1/billing/periods/2025-07/runs"), "finance", null);
        JsonNode lines = api.call(get("/api/v1/billing/periods/2025-07/lines?q=" + code(id)), "finance", null);
        // 3×45 + 6×18 = 243.00: the prefecture 66.67 % = 162.008… → 162.01, the county the rest, 80.99
        assertThat(lines.get("content")).hasSize(2);
        assertThat(rowOf(lines.get("content"), "PREFECTURE").get("amount").decimalValue()).isEqualByComparingTo("162.01");
        assertThat(rowOf(lines.get("content"), "COUNTY").get("amount").decimalValue()).isEqualByComparingTo("80.99");
        assertThat(rowOf(lines.get("content"), "COUNTY").get("bearerName").asString()).isEqualTo("芒市");
    }

    @Test
    void badInputChangesNothing() throws Exception {
        UnitView mangshi = unit("533103");   // a county government node: no funding kind of its own
        long id = open(884_001, mangshi, "弹性云主机", ecs(2, 4, 0), "162.00", LocalDate.of(2024, 2, 1));
        subscriptions.terminate(id, LocalDate.of(2024, 2, 29), "测试结束");
        expect(post("/api/v1/billing/periods/2024-02/runs"), "finance").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("billing.error.unitsWithoutFunding"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("芒市")));
        expect(get("/api/v1/billing/periods/2024-02"), "finance").andExpect(status().isNotFound());

        expect(post("/api/v1/billing/periods/2026-03/runs"), "finance").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("billing.error.periodNotOver"));
        expect(post("/api/v1/billing/periods/2027-01/runs"), "finance").andExpect(status().isBadRequest());
        expect(post("/api/v1/billing/periods/2025-13/runs"), "finance").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("billing.error.periodMalformed"));
        expect(post("/api/v1/billing/periods/2025-08/runs"), "edu.applicant").andExpect(status().isForbidden());
        expect(post("/api/v1/billing/periods/2025-08/close"), "finance").andExpect(status().isNotFound());

        UnitView health = unit("5331-WJW");
        expect(put("/api/v1/billing/budgets/" + health.id() + "/2026"), "finance", Map.of("amount", "-1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("billing.error.amountNegative"));
        expect(put("/api/v1/billing/budgets/" + health.id() + "/2026"), "finance", Map.of("amount", "1.001"))
                .andExpect(status().isBadRequest());
        expect(put("/api/v1/billing/budgets/" + health.id() + "/2026"), "finance", Map.of("amount", "a lot"))
                .andExpect(status().isBadRequest());
        expect(put("/api/v1/billing/budgets/" + health.id() + "/2026"), "edu.leader", Map.of("amount", "1"))
                .andExpect(status().isForbidden());
        assertThat(api.call(get("/api/v1/billing/budgets/" + health.id() + "/2026"), "finance", null).get("budget").isNull())
                .isTrue();
    }

    /** Art. 11, 28, 29: budget, consumed, committed to December, remaining, and the warning. */
    @Test
    void theBudgetWarnsWhenServicesCommitMoreThanIt() throws Exception {
        UnitView hr = unit("5331-RSJ");
        long id = open(885_001, hr, "弹性云主机", ecs(4, 8, 100), "341.00", LocalDate.of(2026, 1, 1));
        api.call(put("/api/v1/billing/budgets/" + hr.id() + "/2026"), "finance", Map.of("amount", "5000", "note", "部门预算"));
        JsonNode status = api.call(get("/api/v1/billing/budgets/" + hr.id() + "/2026"), "finance", null);
        // 2026 prices: 4×43 + 8×17 + 100×0.33 = 341.00 a month, twelve months not yet billed
        assertThat(status.get("budget").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(status.get("consumed").decimalValue()).isEqualByComparingTo("0");
        assertThat(status.get("committed").decimalValue()).isEqualByComparingTo("4092.00");
        assertThat(status.get("remaining").decimalValue()).isEqualByComparingTo("908.00");
        assertThat(status.get("warning").asBoolean()).isFalse();

        api.call(put("/api/v1/billing/budgets/" + hr.id() + "/2026"), "finance", Map.of("amount", "4000.00"));
        JsonNode over = api.call(get("/api/v1/billing/budgets/" + hr.id() + "/2026"), "finance", null);
        assertThat(over.get("warning").asBoolean()).isTrue();
        assertThat(over.get("remaining").decimalValue()).isEqualByComparingTo("-92.00");
        JsonNode overview = api.call(get("/api/v1/billing/budgets?year=2026&q=" + hr.code()), "finance", null);
        assertThat(overview.get("content")).singleElement()
                .satisfies(row -> assertThat(row.get("warning").asBoolean()).isTrue());
        expect(get("/api/v1/billing/budgets/" + hr.id() + "/2026"), "edu.applicant").andExpect(status().isNotFound());
        subscriptions.terminate(id, LocalDate.of(2026, 2, 28), "测试结束");
        assertThat(api.call(get("/api/v1/billing/budgets/" + hr.id() + "/2026"), "finance", null)
                .get("committed").decimalValue()).isEqualByComparingTo("682.00");
    }

    // ---- helpers ----

    private UnitView unit(String code) {
        return organization.units().stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
    }

    /** An instance of {@code unit}, tested for 10 days and in production from {@code billingStart}. */
    private long open(long applicationId, UnitView unit, String product, SpecValues spec, String fee, LocalDate billingStart) {
        long productId = catalog.products().stream().filter(p -> p.name().equals(product)).findFirst().orElseThrow().id();
        List<Long> ids = subscriptions.openForTest(applicationId, unit.id(), unit.name(), PlatformZone.PRIVATE,
                List.of(new ServiceLine(productId, product, spec, 1, new BigDecimal(fee))),
                billingStart.minusDays(10), billingStart.minusDays(1));
        subscriptions.goLive(applicationId, billingStart);
        return ids.get(0);
    }

    private static SpecValues ecs(int vcpu, int memory, int disk) {
        return new SpecValues(Map.of(SpecParameter.VCPU, vcpu, SpecParameter.MEMORY_GB, memory, SpecParameter.DISK_GB, disk));
    }

    private static SpecValues disk(int gb) {
        return new SpecValues(Map.of(SpecParameter.DISK_GB, gb));
    }

    private String code(long instanceId) {
        return subscriptions.instance(instanceId).code();
    }

    /** "code|component|amount" of every CHARGE line of the period, sorted. */
    private List<String> lines(String period, String user) throws Exception {
        List<String> lines = new ArrayList<>();
        JsonNode page = api.call(get("/api/v1/billing/periods/" + period + "/lines?kind=CHARGE&size=2000"), user, null);
        page.get("content").forEach(line -> lines.add(line.get("instanceCode").asString() + "|"
                + line.get("usedFrom").asString() + "/" + line.get("bearer").asString() + "|"
                + line.get("amount").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        return lines.stream().sorted().toList();
    }

    private long lineId(String period, String instanceCode) throws Exception {
        return api.call(get("/api/v1/billing/periods/" + period + "/lines?q=" + instanceCode), "finance", null)
                .get("content").get(0).get("id").asLong();
    }

    private JsonNode line(String period, long id) throws Exception {
        for (JsonNode line : api.call(get("/api/v1/billing/periods/" + period + "/lines?size=2000"), "finance", null)
                .get("content")) {
            if (line.get("id").asLong() == id) {
                return line;
            }
        }
        throw new AssertionError("no line " + id);
    }

    private static JsonNode rowOf(JsonNode rows, String bearer) {
        for (JsonNode row : rows) {
            if (row.get("bearer").asString().equals(bearer)) {
                return row;
            }
        }
        throw new AssertionError("no " + bearer + " in " + rows);
    }

    private ResultActions expect(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user)));
    }

    private ResultActions expect(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
        return mvc.perform(request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private byte[] download(String url, String user, MediaType type) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType(type))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            var extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
