package cn.gov.dehong.cloud.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Monthly security bulletins (Art. 26), drills (Art. 13, 15, 26), asset custody and its go-live gate (Art. 20) and
 * the audit log retention archive (Art. 17), through the REST API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class OperationsApiIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final byte[] PDF = "%PDF-1.4\n%signed\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;
    @Value("${dehong.data-dir}") String dataDir;

    private ApiClient api;
    private OperationsFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        fixtures = new OperationsFixtures(subscriptions, catalog, organization);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    // ---- bulletins --------------------------------------------------------------------------------------------

    @Test
    void monthlyBulletinsAreSanitizedNotifiedReadAndMissingMonthsFlagged() throws Exception {
        List<String> missingBefore = strings(api.call(get("/api/v1/operations/bulletins/missing-months"), "dec.reviewer", null));
        assertThat(missingBefore).contains("2026-10").doesNotContain("2026-11", "2025-12");

        expectMultipart(bulletin("2026-12", "十二月安全公告", "正文"), "vendor", 400, "operations.bulletin.error.futureMonth");
        expectMultipart(bulletin("2026-10", "十月安全公告", "正文"), "edu.applicant", 403, "error.forbidden");
        expectMultipart(bulletin("2026-10", "十月安全公告", "<p></p>"), "vendor", 400, "operations.bulletin.error.bodyRequired");

        MockMultipartHttpServletRequestBuilder publish = bulletin("2026-10", "2026年10月安全公告",
                "<script>alert('x')</script><b>重要</b>：修补 OpenSSH 漏洞\n<img src=x onerror=alert(1)>请各单位及时升级");
        publish.file(new MockMultipartFile("file", "漏洞通报.pdf", "application/pdf", PDF));
        JsonNode published = api.read(mvc.perform(publish.with(ApiClient.as("vendor"))).andExpect(status().isCreated()).andReturn());
        long id = published.get("id").asLong();
        assertThat(published.get("body").asString()).isEqualTo("重要：修补 OpenSSH 漏洞\n请各单位及时升级");
        assertThat(published.get("attachments")).hasSize(1);
        expectMultipart(bulletin("2026-10", "重复", "正文"), "vendor", 409, "operations.bulletin.error.duplicate");

        assertThat(strings(api.call(get("/api/v1/operations/bulletins/missing-months"), "dec.reviewer", null)))
                .doesNotContain("2026-10").hasSize(missingBefore.size() - 1);
        assertThat(api.call(get("/api/v1/operations/flags"), "dec.reviewer", null).get("missingBulletinMonths")).isNotEmpty();
        assertThat(api.inboxKeys("edu.leader")).contains("operations.notice.bulletin");
        assertThat(api.inboxKeys("mangshi.edu.applicant")).contains("operations.notice.bulletin");

        // read receipts: reading is recorded once per person; units do not see who read
        api.call(post("/api/v1/operations/bulletins/{id}/read", id), "edu.applicant", null);
        api.call(post("/api/v1/operations/bulletins/{id}/read", id), "edu.applicant", null);
        api.call(post("/api/v1/operations/bulletins/{id}/read", id), "mangshi.edu.applicant", null);
        JsonNode readers = api.call(get("/api/v1/operations/bulletins/{id}/readers", id), "dec.reviewer", null);
        assertThat(readers).extracting(r -> r.get("username").asString())
                .containsExactlyInAnyOrder("edu.applicant", "mangshi.edu.applicant");
        mvc.perform(get("/api/v1/operations/bulletins/{id}/readers", id).with(ApiClient.as("edu.applicant")))
                .andExpect(status().isForbidden());
        assertThat(audit.forObject("SecurityBulletin", id)).extracting(AuditEntry::action).containsExactly("bulletin.publish");
    }

    // ---- drills -----------------------------------------------------------------------------------------------

    @Test
    void drillsArePlannedAcknowledgedAttendedReportedAndTheYearlyFlagFollows() throws Exception {
        long edu = fixtures.user("edu.applicant").unitId();
        long mangshi = fixtures.user("mangshi.edu.applicant").unitId();
        long vendorUnit = fixtures.user("vendor").unitId();
        Map<String, Object> drill = new java.util.HashMap<>(Map.of("kind", "EMERGENCY", "title", "2026年度应急演练",
                "scenario", "核心交换机故障，切换备用链路", "windowStart", "2026-12-05T22:00", "windowEnd", "2026-12-06T02:00",
                "unitIds", List.of(edu, mangshi), "noBusinessImpact", true));

        drill.put("windowStart", "2026-11-20T22:00");
        expect(post("/api/v1/operations/drills"), "vendor", drill, 400, "operations.drill.error.windowPast");
        drill.put("windowStart", "2026-12-05T22:00");
        drill.put("noBusinessImpact", false);
        expect(post("/api/v1/operations/drills"), "vendor", drill, 400, "operations.drill.error.impactDeclaration");
        drill.put("noBusinessImpact", true);
        drill.put("unitIds", List.of(edu, vendorUnit));
        expect(post("/api/v1/operations/drills"), "vendor", drill, 400, "operations.drill.error.notAgency");
        drill.put("unitIds", List.of(edu));
        expect(post("/api/v1/operations/drills"), "edu.applicant", drill, 403, "error.forbidden");
        JsonNode planned = api.call(post("/api/v1/operations/drills"), "vendor", drill);
        long id = planned.get("id").asLong();
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        assertThat(api.inboxKeys("edu.leader")).contains("operations.notice.drillPlanned");

        // a unit that does not take part does not see it
        mvc.perform(get("/api/v1/operations/drills/{id}", id).with(ApiClient.as("mangshi.edu.applicant")))
                .andExpect(status().isNotFound());
        api.call(post("/api/v1/operations/drills/{id}/acknowledge", id), "edu.leader", null);
        expect(post("/api/v1/operations/drills/{id}/participation", id), "edu.applicant",
                Map.of("participated", true), 409, "operations.drill.error.notStarted");

        clock.setShanghai(LocalDateTime.of(2026, 12, 6, 9, 0));
        JsonNode attended = api.call(post("/api/v1/operations/drills/{id}/participation", id), "edu.applicant",
                Map.of("participated", true, "findings", "业务系统切换耗时 3 分钟，未中断"));
        assertThat(attended.get("acknowledged").asLong()).isEqualTo(1);
        assertThat(attended.get("tookPart").asLong()).isEqualTo(1);
        assertThat(attended.get("participants").get(0).get("findings").asString()).contains("3 分钟");

        // a year later without the report, 2026 is flagged; the report completes the drill and clears the flag
        clock.setShanghai(LocalDateTime.of(2027, 1, 10, 9, 0));
        assertThat(api.call(get("/api/v1/operations/drills/flags"), "dec.reviewer", null)
                .get("yearsWithoutEmergencyDrill")).extracting(JsonNode::asInt).contains(2026);
        mvc.perform(multipart("/api/v1/operations/drills/{id}/report", id).with(ApiClient.as("vendor")))
                .andExpect(status().isBadRequest());
        JsonNode reported = api.read(mvc.perform(multipart("/api/v1/operations/drills/{id}/report", id)
                        .file(new MockMultipartFile("file", "演练报告.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("summary", "", "text/plain", "演练达到预期".getBytes(StandardCharsets.UTF_8)))
                        .with(ApiClient.as("vendor")))
                .andExpect(status().isOk()).andReturn());
        assertThat(reported.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(reported.get("reports")).hasSize(1);
        assertThat(api.call(get("/api/v1/operations/drills/flags"), "dec.reviewer", null)
                .get("yearsWithoutEmergencyDrill")).extracting(JsonNode::asInt).doesNotContain(2026);
        assertThat(audit.forObject("Drill", id)).extracting(AuditEntry::action)
                .containsExactly("drill.plan", "drill.acknowledge", "drill.participation", "drill.report");
    }

    // ---- custody ----------------------------------------------------------------------------------------------

    @Test
    void anIdcServiceGoesLiveOnlyWithACustodyAgreementOnFile() throws Exception {
        long edu = fixtures.user("edu.applicant").unitId();
        long applicationId = fixtures.nextApplicationId();
        long instance = fixtures.testing("edu.applicant", applicationId, "IDC", LocalDate.of(2026, 11, 20));

        // the gate: no agreement, no production; nothing changed
        assertThatThrownBy(() -> subscriptions.checkGoLive(applicationId, LocalDate.of(2026, 11, 30)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                .isEqualTo("operations.custody.error.noAgreement");
        assertThatThrownBy(() -> subscriptions.goLive(applicationId, LocalDate.of(2026, 11, 30)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(subscriptions.instance(instance).status()).isEqualTo(ServiceInstanceStatus.TESTING);

        // bad input: no file, end before start, not the vendor
        expectMultipart(agreement(edu, "BQ-2026-001", "2026-11-01", "2026-12-20", false), "vendor", 400,
                "operations.custody.error.fileRequired");
        expectMultipart(agreement(edu, "BQ-2026-001", "2026-11-01", "2026-10-20", true), "vendor", 400,
                "operations.custody.error.endBeforeStart");
        expectMultipart(agreement(edu, "BQ-2026-001", "2026-11-01", "2026-12-20", true), "edu.leader", 403,
                "error.forbidden");
        assertThat(jdbc.queryForObject("select count(*) from ops_custody_agreement where agreement_no = 'BQ-2026-001'",
                Integer.class)).isZero();

        JsonNode signed = api.read(mvc.perform(agreement(edu, "BQ-2026-001", "2026-11-01", "2026-12-20", true)
                .with(ApiClient.as("vendor"))).andExpect(status().isCreated()).andReturn());
        // ends within 30 days of 2026-11-26: flagged
        assertThat(signed.get("state").asString()).isEqualTo("EXPIRING");
        assertThat(api.call(get("/api/v1/operations/flags"), "dec.reviewer", null).get("custodyAgreementsFlagged"))
                .extracting(a -> a.get("agreementNo").asString()).contains("BQ-2026-001");
        expectMultipart(agreement(edu, "BQ-2026-001", "2026-11-01", "2026-12-20", true), "vendor", 409,
                "operations.custody.error.duplicateNumber");

        long agreementId = signed.get("id").asLong();
        Map<String, Object> device = Map.of("agreementId", agreementId, "assetTag", "JY-SRV-0001",
                "rackPosition", "A03-U12", "description", "教育局数据库服务器", "instanceId", instance);
        JsonNode registered = api.call(post("/api/v1/operations/custody/devices"), "vendor", device);
        assertThat(registered.get("unitId").asLong()).isEqualTo(edu);
        expect(post("/api/v1/operations/custody/devices"), "vendor", device, 409,
                "operations.custody.error.duplicateAssetTag");
        assertThat(api.call(get("/api/v1/operations/custody/devices"), "edu.applicant", null))
                .extracting(d -> d.get("assetTag").asString()).contains("JY-SRV-0001");
        assertThat(api.call(get("/api/v1/operations/custody/devices"), "mangshi.edu.applicant", null))
                .extracting(d -> d.get("assetTag").asString()).doesNotContain("JY-SRV-0001");

        // with the agreement on file the same go-live passes; after the agreement's end it would not
        assertThatThrownBy(() -> subscriptions.checkGoLive(applicationId, LocalDate.of(2026, 12, 21)))
                .isInstanceOf(BusinessRuleException.class);
        subscriptions.goLive(applicationId, LocalDate.of(2026, 11, 30));
        assertThat(subscriptions.instance(instance).status()).isEqualTo(ServiceInstanceStatus.ACTIVE);
    }

    // ---- log retention ----------------------------------------------------------------------------------------

    @Test
    void theRetentionArchiveMovesOnlyEntriesOlderThanTheRetentionIntoGzipFiles() throws Exception {
        Instant now = Instant.now();
        clock.setShanghai(LocalDateTime.ofInstant(now, SHANGHAI));
        long old = insertAudit(now.minus(Duration.ofDays(500)), "retention.old");
        long beyondAYear = insertAudit(now.minus(Duration.ofDays(366)), "retention.366");
        long withinAYear = insertAudit(now.minus(Duration.ofDays(364)), "retention.364");
        long recent = insertAudit(now.minus(Duration.ofMinutes(5)), "retention.recent");

        mvc.perform(post("/api/v1/operations/log-retention/run").with(ApiClient.as("auditor")))
                .andExpect(status().isForbidden());
        JsonNode result = api.call(post("/api/v1/operations/log-retention/run"), "admin", null);
        assertThat(result.get("retentionDays").asInt()).isEqualTo(400);
        assertThat(result.get("archived").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        // the default retention is 400 days: entries of 364 and 366 days stay, so do recent ones
        assertThat(exists(beyondAYear)).isTrue();
        assertThat(exists(withinAYear)).isTrue();
        assertThat(exists(recent)).isTrue();

        List<String> lines = new ArrayList<>();
        Path directory = Path.of(dataDir, "archive", "audit");
        for (JsonNode file : result.get("files")) {
            try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                    Files.newInputStream(directory.resolve(file.get("name").asString()))), StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
            }
        }
        assertThat(lines).anyMatch(line -> line.contains("\"id\":" + old + ",") && line.contains("retention.old"));
        assertThat(lines).noneMatch(line -> line.contains("retention.366") || line.contains("retention.364"));
        assertThat(api.call(get("/api/v1/operations/log-retention"), "auditor", null).get("files")).isNotEmpty();
        // running again finds nothing more to archive
        assertThat(api.call(post("/api/v1/operations/log-retention/run"), "admin", null).get("archived").asLong()).isZero();
    }

    private long insertAudit(Instant at, String action) {
        jdbc.update("insert into audit_record (occurred_at, actor, action, object_type, object_id) values (?, ?, ?, ?, ?)",
                Timestamp.from(at), "tester", action, "RetentionTest", action);
        return jdbc.queryForObject("select max(id) from audit_record where action = ?", Long.class, action);
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("select count(*) from audit_record where id = ?", Integer.class, id) == 1;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private MockMultipartHttpServletRequestBuilder bulletin(String month, String title, String body) throws Exception {
        return multipart("/api/v1/operations/bulletins").file(new MockMultipartFile("bulletin", "", "application/json",
                json.writeValueAsBytes(Map.of("month", month, "title", title, "body", body))));
    }

    private MockMultipartHttpServletRequestBuilder agreement(long unitId, String number, String startsOn, String endsOn,
                                                             boolean withFile) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/operations/custody/agreements")
                .file(new MockMultipartFile("agreement", "", "application/json", json.writeValueAsBytes(Map.of(
                        "unitId", unitId, "agreementNo", number, "startsOn", startsOn, "endsOn", endsOn))));
        if (withFile) {
            request.file(new MockMultipartFile("file", "资产保全协议.pdf", "application/pdf", PDF));
        }
        return request;
    }

    private void expectMultipart(MockMultipartHttpServletRequestBuilder request, String user, int status, String code)
            throws Exception {
        mvc.perform(request.with(ApiClient.as(user))).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    private void expect(MockHttpServletRequestBuilder request, String user, Object body, int status, String code)
            throws Exception {
        request.with(ApiClient.as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
