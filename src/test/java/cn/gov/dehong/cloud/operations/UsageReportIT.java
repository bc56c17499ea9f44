package cn.gov.dehong.cloud.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly usage report (Art. 13) computed from real instances, incidents (through the Alertmanager webhook) and
 * tickets in March 2030: services per unit and zone, incidents with their minutes in the month, tickets by status and
 * SLA, availability per service type, the unit's scope, the PDF and the empty month. Products 云监控 (CES) and
 * 硬件防火墙 (HFW) are used by no other test, so their availability is exactly what this test made of it.
 */
@SpringBootTest(properties = "dehong.operations.alert-token=report-alert-token")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class UsageReportIT {

    private static final String TOKEN = "Bearer report-alert-token";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private ApiClient api;
    private OperationsFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        fixtures = new OperationsFixtures(subscriptions, catalog, organization);
        // the report month lies years ahead of the demo users' password dates (the password policy lives in the
        // database, at most 180 days): their passwords count as changed at the end of this test's timeline, and
        // get their own dates back afterwards (other tests let them expire)
        passwordDates = jdbc.query("select id, password_changed_at from org_user",
                (rs, i) -> new Object[] {rs.getTimestamp(2), rs.getLong(1)});
        jdbc.update("update org_user set password_changed_at = ?",
                java.sql.Timestamp.from(LocalDateTime.of(2030, 4, 2, 9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    private java.util.List<Object[]> passwordDates;

    @org.junit.jupiter.api.AfterEach
    void restorePasswordDates() {
        jdbc.batchUpdate("update org_user set password_changed_at = ? where id = ?", passwordDates);
    }

    @Test
    void theMarchReportCountsServicesIncidentsTicketsAndAvailabilityFromWhatHappened() throws Exception {
        clock.setShanghai(LocalDateTime.of(2030, 4, 2, 9, 0));
        JsonNode before = report("dec.reviewer");
        Map<String, Long> unitsBefore = totals(before);
        long eduUnit = fixtures.user("edu.applicant").unitId();
        long taxUnit = fixtures.user("tax.applicant").unitId();

        // edu: two cloud-monitoring services all month (private, public), a firewall from 16 March (16 days)
        long ces1 = fixtures.running("edu.applicant", "CES", PlatformZone.PRIVATE, LocalDate.of(2030, 1, 10));
        long ces2 = fixtures.running("edu.applicant", "CES", PlatformZone.PUBLIC, LocalDate.of(2030, 1, 10));
        long hfw = fixtures.running("edu.applicant", "HFW", PlatformZone.PRIVATE, LocalDate.of(2030, 3, 16));
        // tax: a cloud-monitoring service whose last day of use is 10 March (10 days in March)
        long ces3 = fixtures.running("tax.applicant", "CES", PlatformZone.PRIVATE, LocalDate.of(2030, 2, 1));

        // CES-1: 02:00-04:00Z and 03:00-05:00Z overlap: 180 minutes of downtime, not 240
        incident("fp-rep-1", ces1, "2030-03-10T02:00:00Z", "2030-03-10T04:00:00Z");
        incident("fp-rep-2", ces1, "2030-03-10T03:00:00Z", "2030-03-10T05:00:00Z");
        // CES-2: 28 Feb 23:00 to 1 March 01:00 Shanghai: 60 of its 120 minutes fall in March
        incident("fp-rep-3", ces2, "2030-02-28T15:00:00Z", "2030-02-28T17:00:00Z");
        incident("fp-rep-4", hfw, "2030-03-20T00:00:00Z", "2030-03-20T00:30:00Z");
        incident("fp-rep-5", ces3, "2030-03-05T00:00:00Z", "2030-03-05T01:00:00Z");
        // an incident entirely in February is not in the March report
        incident("fp-rep-6", ces1, "2030-02-10T00:00:00Z", "2030-02-10T01:00:00Z");
        subscriptions.terminate(ces3, LocalDate.of(2030, 3, 10), "迁出");

        // tickets of edu in March: one closed within the SLA, one answered late, one withdrawn
        clock.setShanghai(LocalDateTime.of(2030, 3, 11, 10, 0));
        long t1 = ticket(ces1, "监控数据缺失");
        long t2 = ticket(ces1, "告警未推送");
        long t3 = ticket(hfw, "策略咨询");
        clock.setShanghai(LocalDateTime.of(2030, 3, 11, 10, 30));
        api.call(post("/api/v1/operations/tickets/{id}/acknowledge", t1), "vendor", Map.of());
        api.call(post("/api/v1/operations/tickets/{id}/start", t1), "vendor", Map.of());
        clock.setShanghai(LocalDateTime.of(2030, 3, 11, 11, 0));
        api.call(post("/api/v1/operations/tickets/{id}/resolve", t1), "vendor", Map.of("note", "已修复采集器"));
        api.call(post("/api/v1/operations/tickets/{id}/confirm", t1), "edu.applicant", Map.of("satisfaction", "SATISFIED"));
        api.call(post("/api/v1/operations/tickets/{id}/cancel", t3), "edu.applicant", Map.of("reason", "已自行解决"));
        clock.setShanghai(LocalDateTime.of(2030, 3, 13, 10, 0));
        api.call(post("/api/v1/operations/tickets/{id}/acknowledge", t2), "vendor", Map.of());

        clock.setShanghai(LocalDateTime.of(2030, 4, 2, 9, 0));
        JsonNode all = report("dec.reviewer");
        assertThat(all.get("unitScoped").asBoolean()).isFalse();
        Map<String, Long> unitsAfter = totals(all);
        assertThat(unitsAfter.get("private") - unitsBefore.get("private")).isEqualTo(3);
        assertThat(unitsAfter.get("public") - unitsBefore.get("public")).isEqualTo(1);
        assertThat(unitCount(all, eduUnit, "total") - unitCount(before, eduUnit, "total")).isEqualTo(3);
        assertThat(unitCount(all, eduUnit, "publicZone") - unitCount(before, eduUnit, "publicZone")).isEqualTo(1);
        assertThat(unitCount(all, taxUnit, "total") - unitCount(before, taxUnit, "total")).isEqualTo(1);

        // CES: (44640 + 44640 + 14400) instance-minutes, 180 + 60 + 60 down: 1 - 300/103680 = 99.711 %
        JsonNode ces = availability(all, "云监控");
        assertThat(ces.get("instances").asInt()).isEqualTo(3);
        assertThat(ces.get("serviceMinutes").asLong()).isEqualTo(103_680);
        assertThat(ces.get("downtimeMinutes").asLong()).isEqualTo(300);
        assertThat(ces.get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.711");
        // HFW: 16 days = 23040 minutes, 30 down: 99.870 %
        JsonNode firewall = availability(all, "硬件防火墙");
        assertThat(firewall.get("serviceMinutes").asLong()).isEqualTo(23_040);
        assertThat(firewall.get("downtimeMinutes").asLong()).isEqualTo(30);
        assertThat(firewall.get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.870");

        assertThat(incident(all, "fp-rep-3").get("minutesInPeriod").asLong()).isEqualTo(60);
        assertThat(incident(all, "fp-rep-3").get("durationMinutes").asLong()).isEqualTo(120);
        assertThat(incident(all, "fp-rep-2").get("minutesInPeriod").asLong()).isEqualTo(120);
        assertThat(incident(all, "fp-rep-6")).isNull();

        // the unit sees its own services, incidents, tickets and availability only
        JsonNode edu = report("edu.applicant");
        assertThat(edu.get("unitScoped").asBoolean()).isTrue();
        edu.get("units").forEach(u -> assertThat(u.get("unitId").asLong()).isEqualTo(eduUnit));
        assertThat(incident(edu, "fp-rep-1")).isNotNull();
        assertThat(incident(edu, "fp-rep-5")).isNull();
        JsonNode eduCes = availability(edu, "云监控");
        assertThat(eduCes.get("instances").asInt()).isEqualTo(2);
        assertThat(eduCes.get("serviceMinutes").asLong()).isEqualTo(89_280);
        assertThat(eduCes.get("downtimeMinutes").asLong()).isEqualTo(240);
        assertThat(eduCes.get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.731");
        JsonNode tickets = edu.get("tickets");
        assertThat(tickets.get("total").asInt()).isEqualTo(3);
        assertThat(tickets.get("byStatus").get("CLOSED").asInt()).isEqualTo(1);
        assertThat(tickets.get("byStatus").get("ACKNOWLEDGED").asInt()).isEqualTo(1);
        assertThat(tickets.get("byStatus").get("CANCELLED").asInt()).isEqualTo(1);
        assertThat(tickets.get("responseMeasured").asInt()).isEqualTo(2);
        assertThat(tickets.get("responseMet").asInt()).isEqualTo(1);
        assertThat(tickets.get("resolutionMeasured").asInt()).isEqualTo(1);
        assertThat(tickets.get("resolutionMet").asInt()).isEqualTo(1);
        assertThat(report("tax.applicant").get("tickets").get("total").asInt()).isZero();

        // the PDF is a PDF with the figures in Chinese
        byte[] pdf = mvc.perform(get("/api/v1/operations/reports/usage/pdf?month=2030-03").with(ApiClient.as("edu.applicant")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        reader.close();
        assertThat(text.toString()).contains("月度使用报告", "2030-03", fixtures.user("edu.applicant").unitName(),
                "云监控", "99.731%", "硬件防火墙", "99.870%", "Report-fp-rep-1");

        // and the page
        String page = page("/operations/report?month=2030-03", "edu.applicant");
        assertThat(page).contains("id=\"report-availability\"", "99.731%", "Report-fp-rep-4").doesNotContain("report-empty");
    }

    @Test
    void anEmptyMonthExplainsItselfAndAFutureMonthIsRefused() throws Exception {
        clock.setShanghai(LocalDateTime.of(2030, 4, 2, 9, 0));
        JsonNode empty = report("edu.applicant", "2019-01");
        assertThat(empty.get("units")).isEmpty();
        assertThat(empty.get("incidents")).isEmpty();
        assertThat(empty.get("tickets").get("total").asInt()).isZero();
        assertThat(empty.get("empty").asBoolean()).isTrue();
        String page = page("/operations/report?month=2019-01", "edu.applicant");
        assertThat(page).contains("id=\"report-empty\"", "没有在用的云服务").doesNotContain("report-availability");
        byte[] pdf = mvc.perform(get("/operations/report/pdf?month=2019-01").with(user(accounts.loadUserByUsername("edu.applicant"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("没有在用的云服务");
        reader.close();

        mvc.perform(get("/api/v1/operations/reports/usage?month=2030-05").with(ApiClient.as("dec.reviewer")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("operations.report.error.futureMonth"));
    }

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode report(String user) throws Exception {
        return report(user, "2030-03");
    }

    private JsonNode report(String user, String month) throws Exception {
        return api.call(get("/api/v1/operations/reports/usage?month=" + month), user, null);
    }

    private static Map<String, Long> totals(JsonNode report) {
        return Map.of("private", report.get("zones").get("privateZone").asLong(),
                "public", report.get("zones").get("publicZone").asLong());
    }

    private static long unitCount(JsonNode report, long unitId, String field) {
        for (JsonNode unit : report.get("units")) {
            if (unit.get("unitId").asLong() == unitId) {
                return unit.get(field).asLong();
            }
        }
        return 0;
    }

    private static JsonNode availability(JsonNode report, String product) {
        for (JsonNode row : report.get("availability")) {
            if (row.get("productName").asString().equals(product)) {
                return row;
            }
        }
        throw new AssertionError("no availability row for " + product + " in " + report.get("availability"));
    }

    private static JsonNode incident(JsonNode report, String fingerprint) {
        for (JsonNode row : report.get("incidents")) {
            if (row.get("alertName").asString().equals("Report-" + fingerprint)) {
                return row;
            }
        }
        return null;
    }

    private long ticket(long instanceId, String title) throws Exception {
        return api.call(post("/api/v1/operations/tickets"), "edu.applicant", Map.of("instanceId", instanceId,
                "severity", "HIGH", "title", title, "description", "报告测试")).get("ticket").get("id").asLong();
    }

    /** Fires and resolves an alert on the instance through the webhook, with Alertmanager's start and end. */
    private void incident(String fingerprint, long instanceId, String startsAt, String endsAt) throws Exception {
        String code = subscriptions.instance(instanceId).code();
        webhook(alert("firing", fingerprint, code, startsAt, "0001-01-01T00:00:00Z"));
        webhook(alert("resolved", fingerprint, code, startsAt, endsAt));
    }

    private void webhook(Map<String, Object> alert) throws Exception {
        String body = json.writeValueAsString(Map.of("version", "4", "status", alert.get("status"), "receiver", "dehong",
                "alerts", List.of(alert)));
        mvc.perform(post("/api/v1/operations/alerts").header("Authorization", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private static Map<String, Object> alert(String status, String fingerprint, String code, String startsAt,
                                             String endsAt) {
        Map<String, Object> alert = new HashMap<>();
        alert.put("status", status);
        alert.put("labels", Map.of("alertname", "Report-" + fingerprint, "instance_id", code, "severity", "critical"));
        alert.put("annotations", Map.of("summary", "report test"));
        alert.put("startsAt", startsAt);
        alert.put("endsAt", endsAt);
        alert.put("fingerprint", fingerprint);
        return alert;
    }
}
