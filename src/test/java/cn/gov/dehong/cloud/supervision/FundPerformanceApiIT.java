package cn.gov.dehong.cloud.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.ProductView;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fund performance (Art. 28, 29) on real data: a budget set through billing's API, a billed month, daily utilisation
 * rows making one instance idle, a signed-off yearly vendor assessment; the figures per unit, the data scope, the
 * filters, the Excel export and the page. Uses the budget year 2029, which no other test bills.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class FundPerformanceApiIT {

    private static final String URL = "/api/v1/supervision/fund-performance";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService accounts;

    private ApiClient api;

    private final Map<String, Timestamp> passwordDates = new java.util.HashMap<>();

    /**
     * The budget year lies years ahead of the demo users' password dates and the policy allows 180 days at most:
     * the passwords count as changed shortly before the year's data; restored afterwards.
     */
    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        jdbc.query("select username, password_changed_at from org_user",
                rs -> {
                    passwordDates.put(rs.getString(1), rs.getTimestamp(2));
                });
        jdbc.update("update org_user set password_changed_at = ?", Timestamp.from(Instant.parse("2029-11-01T00:00:00Z")));
    }

    @AfterEach
    void restorePasswordDates() {
        passwordDates.forEach((username, at) ->
                jdbc.update("update org_user set password_changed_at = ? where username = ?", at, username));
    }

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private UnitView unit(String code) {
        return organization.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    /** A cloud host (4 vCPU / 8 GB, no disk) of {@code unit}, in production and billed from 2029-09-01. */
    private long host(long applicationId, UnitView unit) {
        ProductView product = catalog.products().stream().filter(p -> p.code().equals("ECS")).findFirst().orElseThrow();
        long id = subscriptions.openForTest(applicationId, unit.id(), unit.name(), PlatformZone.PRIVATE,
                List.of(new ServiceLine(product.id(), product.name(),
                        new SpecValues(Map.of(SpecParameter.VCPU, 4, SpecParameter.MEMORY_GB, 8)), 1,
                        new BigDecimal("999.00"))),
                LocalDate.of(2029, 8, 20), LocalDate.of(2029, 8, 31)).get(0);
        subscriptions.goLive(applicationId, LocalDate.of(2029, 9, 1));
        return id;
    }

    /** {@code days} days of October 2029 with the given daily p95 per metric, as the operations job stores them. */
    private void utilisation(long instanceId, int days, double cpu, double memory, double disk) {
        var instance = subscriptions.instance(instanceId);
        for (int d = 1; d <= days; d++) {
            for (Object[] metric : new Object[][] {{"CPU", cpu}, {"MEMORY", memory}, {"DISK", disk}}) {
                double p95 = (double) metric[1];
                jdbc.update("insert into ops_utilisation_daily (instance_id, instance_code, unit_id, metric,"
                                + " sample_date, sample_count, utilisation_avg, utilisation_p95, utilisation_max,"
                                + " collected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        instanceId, instance.code(), instance.unitId(), metric[0],
                        Date.valueOf(LocalDate.of(2029, 10, d)), 288, p95 * 0.8, p95, Math.min(1, p95 * 1.2),
                        Timestamp.from(Instant.parse("2029-11-01T00:00:00Z")));
            }
        }
    }

    private JsonNode fund(String user, String query) throws Exception {
        var result = mvc.perform(get(URL + "?" + query).with(ApiClient.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return api.read(result);
    }

    private static JsonNode row(JsonNode fund, long unitId) {
        for (JsonNode r : fund.get("rows")) {
            if (r.get("unitId").asLong() == unitId) {
                return r;
            }
        }
        throw new AssertionError("no unit " + unitId + " in " + fund);
    }

    private static List<Long> unitIds(JsonNode fund) {
        List<Long> ids = new ArrayList<>();
        fund.get("rows").forEach(r -> ids.add(r.get("unitId").asLong()));
        return ids;
    }

    @Test
    void budgetActualIdleSpendUtilisationAndAssessmentOfTheYear() throws Exception {
        UnitView farming = unit("533124-NYJ");     // 陇川县农业农村局: no other test gives it services
        UnitView longchuan = unit("533124");
        long school = organization.user("school.applicant").orElseThrow().unitId();

        clock.setShanghai(LocalDateTime.of(2029, 9, 1, 9, 0));
        assertThat(fund("finance", "year=2029").get("empty").asBoolean())
                .as("nothing budgeted, billed or measured in 2029 yet (other tests bill earlier years)").isTrue();

        long idle = host(987_501, farming);
        long busy = host(987_502, farming);
        utilisation(idle, 25, 0.02, 0.05, 0.50);   // idle: CPU < 5 % and memory < 10 % on 25 ≥ 20 days
        utilisation(busy, 31, 0.60, 0.70, 0.60);   // neither idle nor over-provisioned
        api.call(put("/api/v1/billing/budgets/" + farming.id() + "/2029"), "finance",
                Map.of("amount", "1000.00", "note", "2029 年云服务预算"));

        clock.setShanghai(LocalDateTime.of(2029, 11, 10, 9, 0));
        api.call(post("/api/v1/billing/periods/2029-10/runs"), "finance", null);

        JsonNode fund = fund("finance", "year=2029&size=200");
        assertThat(fund.get("empty").asBoolean()).isFalse();
        assertThat(fund.get("year").asInt()).isEqualTo(2029);
        JsonNode row = row(fund, farming.id());
        // 2026 price list (still in force): 4 × 43 + 8 × 17 = 308.00 a host and month; October billed for two hosts
        assertThat(row.get("budget").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(row.get("actual").decimalValue()).isEqualByComparingTo("616.00");
        assertThat(row.get("utilisation").decimalValue()).isEqualByComparingTo("0.6160");
        // the idle host's monthly fee at stake: what billing charged it in its latest billed month
        assertThat(row.get("idleFee").decimalValue()).isEqualByComparingTo("308.00");
        assertThat(row.get("idle").asLong()).isEqualTo(1);
        assertThat(row.get("overProvisioned").asLong()).isZero();
        assertThat(row.get("countyId").asLong()).isEqualTo(longchuan.id());
        assertThat(row.get("countyName").asString()).isEqualTo(longchuan.name());

        // the same money as billing's budget view and supervision's report for the twelve months
        JsonNode budget = api.call(get("/api/v1/billing/budgets/" + farming.id() + "/2029"), "finance", null);
        assertThat(budget.get("consumed").decimalValue()).isEqualByComparingTo(row.get("actual").decimalValue());
        JsonNode report = api.read(mvc.perform(get("/api/v1/supervision/report?from=2029-01&to=2029-12&unitId="
                + farming.id()).with(ApiClient.as("dec.reviewer"))).andExpect(status().isOk()).andReturn());
        assertThat(report.get("total").get("feeAtStake").decimalValue())
                .isEqualByComparingTo(row.get("idleFee").decimalValue());

        // total = sum of rows
        BigDecimal actualSum = BigDecimal.ZERO;
        for (JsonNode r : fund.get("rows")) {
            actualSum = actualSum.add(r.get("actual").decimalValue());
        }
        assertThat(fund.get("total").get("actual").decimalValue()).isEqualByComparingTo(actualSum);
        assertThat(fund.get("yearAssessment").isNull()).isTrue();
        assertThat(fund.get("assessments")).isEmpty();

        // the yearly vendor assessment, once signed off, is shown with the year
        clock.setShanghai(LocalDateTime.of(2030, 1, 10, 9, 0));
        long assessment = api.call(post("/api/v1/assessments"), "dec.reviewer", Map.of("period", "2029")).get("id").asLong();
        JsonNode draftFund = fund("auditor", "year=2029");
        assertThat(draftFund.get("yearAssessment").isNull()).as("a draft is no result").isTrue();
        JsonNode signed = api.call(post("/api/v1/assessments/{id}/sign-off", assessment), "dec.reviewer",
                Map.of("note", "同意"));
        JsonNode withAssessment = fund("auditor", "year=2029");
        assertThat(withAssessment.get("yearAssessment").get("period").asString()).isEqualTo("2029");
        assertThat(withAssessment.get("yearAssessment").get("totalScore").decimalValue())
                .isEqualByComparingTo(signed.get("totalScore").decimalValue());
        assertThat(withAssessment.get("yearAssessment").get("grade").asString()).isEqualTo(signed.get("grade").asString());

        // county filter: 陇川 only
        JsonNode county = fund("finance", "year=2029&countyId=" + longchuan.id());
        assertThat(unitIds(county)).contains(farming.id()).doesNotContain(school);
        county.get("rows").forEach(r -> assertThat(r.get("countyId").asLong()).isEqualTo(longchuan.id()));
        assertThat(county.get("total").get("actual").decimalValue()).isEqualByComparingTo("616.00");

        // sort by actual spend, descending
        JsonNode sorted = fund("dec.reviewer", "year=2029&sort=actual&dir=desc&size=200");
        List<BigDecimal> actuals = new ArrayList<>();
        sorted.get("rows").forEach(r -> actuals.add(r.get("actual").decimalValue()));
        assertThat(actuals).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(actuals.get(0)).isGreaterThanOrEqualTo(new BigDecimal("616.00"));

        // Excel for the finance bureau: the unit's row with the same figures
        byte[] xlsx = mvc.perform(get(URL + "/xlsx?year=2029&countyId=" + longchuan.id()).with(ApiClient.as("finance")))
                .andExpect(status().isOk()).andExpect(content().contentType(Excel.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row found = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && farming.code().equals(r.getCell(1).getStringCellValue())) {
                    found = r;
                }
            }
            assertThat(found).as("row of " + farming.code()).isNotNull();
            assertThat(found.getCell(4).getNumericCellValue()).isEqualTo(1000.00);
            assertThat(found.getCell(5).getNumericCellValue()).isEqualTo(616.00);
            assertThat(found.getCell(6).getNumericCellValue()).isEqualTo(61.60);
            assertThat(found.getCell(7).getNumericCellValue()).isEqualTo(308.00);
            assertThat(found.getCell(10).getNumericCellValue())
                    .isEqualTo(signed.get("totalScore").decimalValue().doubleValue());
        }

        // the page for finance, linked from the supervision index
        String page = page("/supervision/fund-performance?year=2029&countyId=" + longchuan.id(), "finance");
        assertThat(page).contains("fund-unit-" + farming.id()).contains("616.00").contains("61.6%");
        assertThat(page("/supervision", "finance")).contains("/supervision/fund-performance");
        assertThat(page("/supervision/fund-performance?year=2029&lang=en", "finance")).doesNotContain("??")
                .contains("Budget utilisation");

        // only the units over budget: none of 陇川 yet; with a budget of 600.00 the farming bureau (616.00) is
        JsonNode over = fund("finance", "year=2029&overBudget=true&countyId=" + longchuan.id());
        assertThat(unitIds(over)).doesNotContain(farming.id());
        api.call(put("/api/v1/billing/budgets/" + farming.id() + "/2029"), "finance",
                Map.of("amount", "600.00", "note", "2029 年预算调减"));
        over = fund("finance", "year=2029&overBudget=true&countyId=" + longchuan.id());
        assertThat(unitIds(over)).containsExactly(farming.id());
        assertThat(over.get("total").get("actual").decimalValue()).isEqualByComparingTo("616.00");
        assertThat(over.get("total").get("budget").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(page("/supervision/fund-performance?year=2029&overBudget=true&countyId=" + longchuan.id(), "finance"))
                .contains("fund-unit-" + farming.id()).contains("id=\"overBudget\" type=\"checkbox\"")
                .containsPattern("id=\"overBudget\"[^>]*checked");

        // other tests bill later months: the hosts end with the year
        subscriptions.terminate(idle, LocalDate.of(2029, 12, 31), "测试结束");
        subscriptions.terminate(busy, LocalDate.of(2029, 12, 31), "测试结束");
    }

    @Test
    void aUnitSeesItsOwnRowTheVendorNothing() throws Exception {
        long school = organization.user("school.applicant").orElseThrow().unitId();
        JsonNode own = fund("school.applicant", "year=2029");
        assertThat(unitIds(own)).containsExactly(school);
        // a county filter does not widen a unit's scope
        UnitView longchuan = unit("533124");
        assertThat(unitIds(fund("school.applicant", "year=2029&countyId=" + longchuan.id()))).isEmpty();
        String page = page("/supervision/fund-performance?year=2029", "school.applicant");
        assertThat(page).doesNotContain("fund-unit-" + unit("533124-NYJ").id());

        mvc.perform(get(URL + "?year=2029").with(ApiClient.as("vendor"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("error.forbidden"));
        mvc.perform(get(URL + "/xlsx?year=2029").with(ApiClient.as("vendor"))).andExpect(status().isForbidden());
        assertThat(fund("finance", "year=2029").get("rows").size()).isGreaterThan(1);
    }

    @Test
    void aYearWithoutDataIsAnExplainedEmptyStateAndBadInputA400() throws Exception {
        JsonNode empty = fund("finance", "year=2031");
        assertThat(empty.get("empty").asBoolean()).isTrue();
        assertThat(empty.get("total").get("actual").decimalValue()).isEqualByComparingTo("0");
        String page = page("/supervision/fund-performance?year=2031", "finance");
        assertThat(page).contains("id=\"fund-empty\"").contains("2031 年尚无预算").doesNotContain("2,031");

        mvc.perform(get(URL + "?year=20x9").with(ApiClient.as("finance"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("supervision.fund.error.year"));
        mvc.perform(get(URL + "?year=2029&sort=salary").with(ApiClient.as("finance")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("supervision.fund.error.sort"));
    }

    /**
     * The table pages like the other lists: every agency has a row, so the pages, the order, the unit filter and the
     * export of the whole filtered set are checked on the demo units in 2032, a year no other test bills.
     */
    @Test
    void theTableIsPagedSortedAndFilteredAndTheExcelHoldsEveryFilteredRow() throws Exception {
        clock.setShanghai(LocalDateTime.of(2029, 11, 10, 9, 0));
        // one budget makes the year one with data (the page shows no table for a year without any)
        UnitView farming = unit("533124-NYJ");
        api.call(put("/api/v1/billing/budgets/" + farming.id() + "/2032"), "finance",
                Map.of("amount", "100.00", "note", "2032 年预算"));
        JsonNode all = fund("finance", "year=2032&sort=unit&dir=desc&size=200");
        List<Long> everyUnit = unitIds(all);
        int count = everyUnit.size();
        assertThat(count).as("demo agencies").isGreaterThan(5);
        assertThat(all.get("totalRows").asLong()).isEqualTo(count);
        assertThat(all.get("totalPages").asInt()).isEqualTo(1);

        // pages of 5 in the same order, each unit once, the total always that of every row
        int pages = (count + 4) / 5;
        List<Long> paged = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            JsonNode page = fund("finance", "year=2032&sort=unit&dir=desc&size=5&page=" + p);
            assertThat(page.get("page").asInt()).isEqualTo(p);
            assertThat(page.get("size").asInt()).isEqualTo(5);
            assertThat(page.get("totalPages").asInt()).isEqualTo(pages);
            assertThat(page.get("totalRows").asLong()).isEqualTo(count);
            assertThat(page.get("rows").size()).isEqualTo(p < pages - 1 ? 5 : count - 5 * (pages - 1));
            assertThat(page.get("total")).isEqualTo(all.get("total"));
            paged.addAll(unitIds(page));
        }
        assertThat(paged).containsExactlyElementsOf(everyUnit);
        // past the last page: the last page
        assertThat(fund("finance", "year=2032&sort=unit&dir=desc&size=5&page=99").get("page").asInt())
                .isEqualTo(pages - 1);
        // the default page holds 20 rows
        assertThat(fund("finance", "year=2032").get("rows").size()).isEqualTo(Math.min(20, count));

        // filtered by part of the name or the code: 陇川 (533124...) units only, case-insensitive on the code
        JsonNode longchuan = fund("finance", "year=2032&q=533124-nyj");
        assertThat(unitIds(longchuan)).containsExactly(farming.id());
        assertThat(longchuan.get("totalRows").asLong()).isEqualTo(1);
        JsonNode byName = fund("finance", "year=2032&size=200&q=农业");
        assertThat(unitIds(byName)).contains(farming.id()).hasSizeLessThan(count);
        byName.get("rows").forEach(r -> assertThat(r.get("unitName").asString()).contains("农业"));
        JsonNode none = fund("finance", "year=2032&q=no-such-unit");
        assertThat(none.get("rows")).isEmpty();
        assertThat(none.get("totalRows").asLong()).isZero();
        assertThat(none.get("total").get("actual").decimalValue()).isEqualByComparingTo("0");

        // the export holds every filtered row in the chosen order, not one page
        byte[] xlsx = mvc.perform(get(URL + "/xlsx?year=2032&sort=unit&dir=desc&size=5&page=1")
                        .with(ApiClient.as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> codes = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && r.getCell(1) != null && !r.getCell(1).getStringCellValue().isEmpty()) {
                    codes.add(r.getCell(1).getStringCellValue());
                }
            }
        }
        List<String> expected = new ArrayList<>();
        all.get("rows").forEach(r -> expected.add(r.get("unitCode").asString()));
        assertThat(codes).containsExactlyElementsOf(expected);
        byte[] filtered = mvc.perform(get(URL + "/xlsx?year=2032&q=533124-NYJ").with(ApiClient.as("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(filtered))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("header, the unit, the total").isEqualTo(2);
        }

        // the page: 5 rows, the pager and the sortable headers keep the year, filters, order and page size
        String first = page("/supervision/fund-performance?year=2032&sort=unit&dir=desc&size=5", "finance");
        for (Long id : everyUnit.subList(0, 5)) {
            assertThat(first).contains("fund-unit-" + id + "\"");
        }
        assertThat(first).doesNotContain("fund-unit-" + everyUnit.get(5) + "\"").contains("id=\"fund-pager\"")
                .contains("第 1/" + pages + " 页，共 " + count + " 条")
                .contains("/supervision/fund-performance?year=2032&amp;countyId=&amp;q=&amp;overBudget=&amp;sort=unit"
                        + "&amp;dir=desc&amp;page=1&amp;size=5")
                // the column sorted descending links to ascending, another column to ascending
                .contains("/supervision/fund-performance?year=2032&amp;countyId=&amp;q=&amp;overBudget=&amp;sort=unit"
                        + "&amp;dir=asc&amp;size=5")
                .contains("/supervision/fund-performance?year=2032&amp;countyId=&amp;q=&amp;overBudget=&amp;sort=actual"
                        + "&amp;dir=asc&amp;size=5")
                .contains("aria-sort=\"descending\"");
        String second = page("/supervision/fund-performance?year=2032&sort=unit&dir=desc&size=5&page=1", "finance");
        assertThat(second).contains("fund-unit-" + everyUnit.get(5) + "\"")
                .doesNotContain("fund-unit-" + everyUnit.get(0) + "\"").contains("第 2/" + pages + " 页");
        String filteredPage = page("/supervision/fund-performance?year=2032&q=533124-NYJ", "finance");
        assertThat(filteredPage).contains("fund-unit-" + farming.id()).doesNotContain("id=\"fund-pager\"")
                .contains("/supervision/fund-performance/xlsx?year=2032&amp;countyId=&amp;q=533124-NYJ&amp;overBudget="
                        + "&amp;sort=unit&amp;dir=asc");
        assertThat(page("/supervision/fund-performance?year=2032&q=no-such-unit", "finance"))
                .contains("id=\"fund-no-match\"");
        assertThat(page("/supervision/fund-performance?year=2032&size=5&lang=en", "finance")).doesNotContain("??")
                .contains("Page 1 of " + pages + ", " + count + " rows");

        mvc.perform(get(URL + "?year=2032&size=0").with(ApiClient.as("finance"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("supervision.fund.error.size"));
        mvc.perform(get(URL + "?year=2032&size=201").with(ApiClient.as("finance"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("supervision.fund.error.size"));
        mvc.perform(get(URL + "?year=2032&q=" + "x".repeat(101)).with(ApiClient.as("finance")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("supervision.fund.error.query"));
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(ApiClient.as("finance"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/supervision/fund-performance").contains("/api/v1/supervision/fund-performance/xlsx");
    }
}
