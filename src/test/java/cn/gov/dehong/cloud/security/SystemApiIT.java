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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
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
        assertThat(created.get("zone").asText()).isEqualTo("PUBLIC");

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
        assertThat(afterScans.get("lastScanOn").asText()).isEqualTo("2026-11-25");
        assertThat(afterScans.get("lastScanSummary").asText()).isEqualTo("发现 2 个中危漏洞, 已修复");

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
