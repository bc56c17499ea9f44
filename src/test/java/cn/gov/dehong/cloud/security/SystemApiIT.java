package cn.gov.dehong.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The application-system inventory (Art. 7, 21, 24, 32) through the REST API, with data scope and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SystemApiIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired SecurityFigures figures;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private ApiClient api;
    private SecurityFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        fixtures = new SecurityFixtures(subscriptions, catalog, organization);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    @Test
    void aUnitKeepsItsSystemsWithFlagsDeclarationsAndScans() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        long otherUnitsInstance = fixtures.active("mangshi.edu.applicant", LocalDate.of(2026, 9, 1));

        Map<String, Object> portal = system("教育门户网站-" + instance, List.of(instance));
        portal.put("website", true);
        portal.put("domainName", "jyj.dh.gov.cn");
        portal.put("tamperProtection", true);
        portal.put("audit", Map.of("name", "", "phone", ""));
        JsonNode created = api.read(mvc.perform(post("/api/v1/security/systems").with(ApiClient.as("edu.applicant"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(portal)))
                .andExpect(status().isCreated()).andReturn());
        long id = created.get("id").asLong();
        assertThat(strings(created.get("flags")))
                .containsExactlyInAnyOrder("RESPONSIBLES_MISSING", "ICP_MISSING", "DECLARATION_MISSING");
        assertThat(created.get("zone").asString()).isEqualTo("PUBLIC");

        // the DEC sees it among the flagged systems; the unit leader of the same unit sees it too
        assertThat(ids(api.call(get("/api/v1/security/systems?flagged=true"), "dec.reviewer", null))).contains(id);
        assertThat(ids(api.call(get("/api/v1/security/systems"), "edu.leader", null))).contains(id);

        // completing the persons, an expired filing, then a valid one
        portal.put("audit", Map.of("name", "王审计", "phone", "0692-2000003"));
        portal.put("icpNumber", "滇ICP备2026000001号");
        portal.put("icpExpiresOn", "2026-11-25");
        JsonNode updated = api.call(put("/api/v1/security/systems/{id}", id), "edu.leader", portal);
        assertThat(strings(updated.get("flags"))).containsExactlyInAnyOrder("ICP_EXPIRED", "DECLARATION_MISSING");
        portal.put("icpExpiresOn", "2027-11-25");
        api.call(put("/api/v1/security/systems/{id}", id), "edu.leader", portal);

        JsonNode declared = api.call(post("/api/v1/security/systems/{id}/declarations", id), "edu.applicant", null);
        assertThat(declared.get("flags")).isEmpty();
        assertThat(declared.get("declaredThisYear").asBoolean()).isTrue();
        expect(post("/api/v1/security/systems/{id}/declarations", id), "edu.applicant", null, 409,
                "security.declaration.error.duplicate");
        assertThat(ids(api.call(get("/api/v1/security/systems?flagged=true"), "dec.reviewer", null))).doesNotContain(id);

        // scan results: entered, then imported as CSV (all or nothing)
        api.call(post("/api/v1/security/systems/{id}/scans", id), "edu.applicant",
                Map.of("scannedOn", "2026-11-20", "summary", "无高危漏洞"));
        expect(post("/api/v1/security/systems/{id}/scans", id), "edu.applicant",
                Map.of("scannedOn", "2026-11-27", "summary", "未来"), 400, "security.scan.error.future");
        String csv = "systemId,scannedOn,summary\n" + id + ",2026-11-25,发现 2 个中危漏洞, 已修复\n";
        mvc.perform(multipart("/api/v1/security/systems/scans/import")
                        .file(new MockMultipartFile("file", "scan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(ApiClient.as("edu.applicant")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        String bad = id + ",2026-11-26,第二次\nabc,2026-11-26,坏行\n";
        mvc.perform(multipart("/api/v1/security/systems/scans/import")
                        .file(new MockMultipartFile("file", "scan.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(ApiClient.as("edu.applicant")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("security.scan.error.csvLine"));
        JsonNode afterScans = api.call(get("/api/v1/security/systems/{id}", id), "security", null);
        assertThat(afterScans.get("lastScanOn").asString()).isEqualTo("2026-11-25");
        assertThat(afterScans.get("lastScanSummary").asString()).isEqualTo("发现 2 个中危漏洞, 已修复");

        assertThat(audit.forObject("ApplicationSystem", id)).extracting(AuditEntry::action).contains(
                "security.system.create", "security.system.update", "security.system.declare", "security.system.scan");

        // another unit: not found everywhere; the vendor has no business here
        expect(get("/api/v1/security/systems/{id}", id), "mangshi.edu.applicant", null, 404, "error.object.notFound");
        expect(put("/api/v1/security/systems/{id}", id), "mangshi.edu.leader", portal, 404, "error.object.notFound");
        expect(post("/api/v1/security/systems/{id}/declarations", id), "mangshi.edu.leader", null, 404,
                "error.object.notFound");
        assertThat(ids(api.call(get("/api/v1/security/systems"), "mangshi.edu.applicant", null))).doesNotContain(id);
        expect(get("/api/v1/security/systems"), "vendor", null, 403, "error.forbidden");
        // a unit cannot list another unit's instance as one its system runs on
        expect(post("/api/v1/security/systems"), "edu.applicant", system("借用", List.of(otherUnitsInstance)), 404,
                "error.object.notFound");
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        long instance = fixtures.active("school.applicant", LocalDate.of(2026, 9, 1));
        expect(post("/api/v1/security/systems"), "school.applicant", system(" ", List.of(instance)), 400,
                "security.system.error.nameRequired");
        Map<String, Object> offCloud = system("本地档案系统", List.of());
        offCloud.put("onCloud", false);
        expect(post("/api/v1/security/systems"), "school.applicant", offCloud, 400,
                "security.system.error.migrationOrEndRequired");
        offCloud.put("plannedMigrationOn", "2027-03-01");
        assertThat(api.call(post("/api/v1/security/systems"), "school.applicant", offCloud).get("onCloud").asBoolean())
                .isFalse();
        expect(post("/api/v1/security/systems"), "school.applicant", offCloud, 409,
                "security.system.error.duplicateName");
        Map<String, Object> site = system("学校网站", List.of(instance));
        site.put("website", true);
        site.put("domainName", "http://bad domain");
        expect(post("/api/v1/security/systems"), "school.applicant", site, 400, "security.system.error.domain");
        expect(post("/api/v1/security/systems"), "dec.reviewer", system("数发", List.of(instance)), 403,
                "error.forbidden");
        expect(get("/api/v1/security/systems/{id}", 999_999), "school.applicant", null, 404, "error.object.notFound");
    }

    /**
     * Art. 30: supervision's adoption ratio of a past period reads the inventory as of the period's end. Hand-computed
     * fixture in one unit (only these five systems are looked at):
     * A registered 2026-03-10 on the cloud; B registered 2026-03-20 off the cloud, moved to the cloud 2026-05-15;
     * D registered 2026-03-31 23:30 off the cloud; E registered 2026-04-01 00:10 on the cloud; C registered
     * 2026-05-02 on the cloud. As of 03-31: A, B, D, 1 on the cloud (A); as of 04-30: A, B, D, E, 2 (A, E); as of
     * 05-31 and now: all five, 4 (A, B, C, E).
     */
    @Test
    void theInventoryAsOfADayCountsOnlyWhatWasRegisteredAndOnTheCloudByThen() throws Exception {
        long instance = fixtures.active("tax.applicant", LocalDate.of(2026, 2, 1));
        long unit = fixtures.user("tax.applicant").unitId();
        String suffix = "-" + instance;

        long a = register(LocalDateTime.of(2026, 3, 10, 9, 0), "上云甲" + suffix, List.of(instance), true);
        Map<String, Object> b = system("迁移乙" + suffix, List.of());
        b.put("onCloud", false);
        b.put("plannedMigrationOn", "2026-06-30");
        long bId = register(LocalDateTime.of(2026, 3, 20, 9, 0), b);
        long d = register(LocalDateTime.of(2026, 3, 31, 23, 30), "本地丁" + suffix, List.of(), false);
        long e = register(LocalDateTime.of(2026, 4, 1, 0, 10), "上云戊" + suffix, List.of(instance), true);
        long c = register(LocalDateTime.of(2026, 5, 2, 9, 0), "上云丙" + suffix, List.of(instance), true);

        clock.setShanghai(LocalDateTime.of(2026, 5, 15, 10, 0));
        b.put("onCloud", true);
        b.put("instanceIds", List.of(instance));
        b.remove("plannedMigrationOn");
        JsonNode moved = api.call(put("/api/v1/security/systems/{id}", bId), "tax.applicant", b);
        assertThat(moved.get("onCloudSince").asString()).isEqualTo("2026-05-15");
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
        // an unrelated edit later keeps the day it went on the cloud
        b.put("purpose", "迁移完成后更新用途");
        assertThat(api.call(put("/api/v1/security/systems/{id}", bId), "tax.applicant", b).get("onCloudSince").asString())
                .isEqualTo("2026-05-15");

        List<Long> mine = List.of(a, bId, c, d, e);
        assertThat(asOf(unit, mine, LocalDate.of(2026, 3, 31))).containsExactlyInAnyOrderEntriesOf(
                Map.of(a, true, bId, false, d, false));
        assertThat(asOf(unit, mine, LocalDate.of(2026, 4, 30))).containsExactlyInAnyOrderEntriesOf(
                Map.of(a, true, bId, false, d, false, e, true));
        Map<Long, Boolean> may = asOf(unit, mine, LocalDate.of(2026, 5, 31));
        assertThat(may).containsExactlyInAnyOrderEntriesOf(Map.of(a, true, bId, true, c, true, d, false, e, true));
        assertThat(asOf(unit, mine, LocalDate.of(2026, 5, 14))).containsEntry(bId, false).containsEntry(c, true);
        assertThat(asOf(unit, mine, null)).isEqualTo(may);
        // adoption as of 03-31: 1 of 3; as of 04-30: 2 of 4; as of 05-31: 4 of 5
        assertThat(asOf(unit, mine, LocalDate.of(2026, 4, 30)).values().stream().filter(on -> on).count()).isEqualTo(2);
        assertThat(may.values().stream().filter(on -> on).count()).isEqualTo(4);

        // taken off the cloud again: not on the cloud, and no day
        b.put("onCloud", false);
        b.put("plannedMigrationOn", "2027-06-30");
        assertThat(api.call(put("/api/v1/security/systems/{id}", bId), "tax.applicant", b).get("onCloudSince").isNull())
                .isTrue();
        assertThat(asOf(unit, mine, LocalDate.of(2026, 5, 31))).containsEntry(bId, false);

        // V102_0's back-fill expression takes the registration day in Asia/Shanghai whatever the session's zone
        // (D: 15:30 UTC on 03-31, E: 16:10 UTC on 03-31)
        String backfill = "select cast(substring(cast((created_at at time zone 'Asia/Shanghai') as varchar), 1, 10)"
                + " as date) from sec_application_system where id = ?";
        assertThat(jdbc.queryForObject(backfill, LocalDate.class, d)).isEqualTo("2026-03-31");
        assertThat(jdbc.queryForObject(backfill, LocalDate.class, e)).isEqualTo("2026-04-01");
        // a row on the cloud without a day (written around the application) counts from its registration day
        jdbc.update("update sec_application_system set on_cloud_since = null where id = ?", e);
        assertThat(asOf(unit, mine, LocalDate.of(2026, 3, 31))).doesNotContainKey(e);
        assertThat(asOf(unit, mine, LocalDate.of(2026, 4, 1))).containsEntry(e, true);
        // and the next edit stores that day, not the day of the edit
        Map<String, Object> eInput = system("上云戊" + suffix, List.of(instance));
        eInput.put("purpose", "补记上云日期");
        assertThat(api.call(put("/api/v1/security/systems/{id}", e), "tax.applicant", eInput).get("onCloudSince")
                .asString()).isEqualTo("2026-04-01");
    }

    private long register(LocalDateTime at, String name, List<Long> instances, boolean onCloud) throws Exception {
        Map<String, Object> input = system(name, instances);
        input.put("onCloud", onCloud);
        if (!onCloud) {
            input.put("endOfLifeOn", "2027-12-31");
        }
        return register(at, input);
    }

    private long register(LocalDateTime at, Map<String, Object> input) throws Exception {
        clock.setShanghai(at);
        JsonNode created = api.call(post("/api/v1/security/systems"), "tax.applicant", input);
        boolean onCloud = (Boolean) input.get("onCloud");
        assertThat(created.get("onCloudSince").isNull()).isEqualTo(!onCloud);
        if (onCloud) {
            assertThat(created.get("onCloudSince").asString()).isEqualTo(at.toLocalDate().toString());
        }
        return created.get("id").asLong();
    }

    /** Of {@code ids}, those in the unit's inventory as of {@code day} (null: now), with whether on the cloud. */
    private Map<Long, Boolean> asOf(long unit, List<Long> ids, LocalDate day) {
        Map<Long, Boolean> result = new HashMap<>();
        (day == null ? figures.systems(List.of(unit)) : figures.systems(List.of(unit), day)).stream()
                .filter(s -> ids.contains(s.id())).forEach(s -> result.put(s.id(), s.onCloud()));
        return result;
    }

    private static Map<String, Object> system(String name, List<Long> instances) {
        Map<String, Object> system = new HashMap<>();
        system.put("name", name);
        system.put("purpose", "面向公众的信息发布");
        system.put("zone", "PUBLIC");
        system.put("instanceIds", instances);
        system.put("onCloud", true);
        system.put("website", false);
        system.put("admin", Map.of("name", "李管理", "phone", "0692-2000001"));
        system.put("secrecy", Map.of("name", "张保密", "phone", "0692-2000002"));
        system.put("audit", Map.of("name", "王审计", "phone", "0692-2000003"));
        return system;
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
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<Long> ids(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asLong()).toList();
    }
}
