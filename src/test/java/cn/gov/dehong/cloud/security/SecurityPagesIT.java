package cn.gov.dehong.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every action of the security API through the forms of the security pages, each by the role that performs it. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SecurityPagesIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;
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
    void everyPartySeesItsFormsInBothLanguages() throws Exception {
        for (String user : List.of("edu.applicant", "edu.leader", "vendor", "security", "dec.reviewer", "auditor")) {
            assertThat(page(get("/security"), user)).as(user).doesNotContain("??");
            assertThat(page(get("/security").param("lang", "en"), user)).as(user + " en").doesNotContain("??");
        }
        assertThat(page(get("/security"), "edu.applicant")).contains("id=\"system-new\"", "id=\"scan-import\"")
                .doesNotContain("id=\"grant-form\"", "id=\"inspection-form\"");
        assertThat(page(get("/security"), "vendor")).contains("id=\"grant-form\"", "id=\"session-form\"")
                .doesNotContain("id=\"system-new\"", "id=\"inspection-form\"");
        assertThat(page(get("/security"), "security")).contains("id=\"inspection-form\"")
                .doesNotContain("id=\"grant-form\"", "id=\"system-new\"");
        assertThat(page(get("/security"), "dec.reviewer"))
                .doesNotContain("id=\"inspection-form\"", "id=\"grant-form\"", "id=\"system-new\"");
        assertThat(page(get("/security/systems/new"), "edu.applicant")).contains("id=\"system-form\"")
                .doesNotContain("??");
        assertThat(page(get("/security/systems/new").param("lang", "en"), "edu.applicant")).doesNotContain("??");
        mvc.perform(get("/security/systems/new").with(as("vendor"))).andExpect(status().isForbidden());
    }

    @Test
    void aUnitRegistersASystemWithItsResponsiblePersonsDeclaresAndRecordsAScan() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        String name = "教育门户网站-" + instance;
        // a broken rule: the form comes back with the input and the message in Chinese, nothing is stored
        String refused = mvc.perform(post("/security/systems").param("name", name).param("purpose", "")
                        .param("zone", "PUBLIC").param("onCloud", "true")
                        .param("instanceIds", String.valueOf(instance)).with(as("edu.applicant"))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("请填写系统用途", "value=\"" + name + "\"");
        assertThat(names(api.call(get("/api/v1/security/systems"), "edu.applicant", null))).doesNotContain(name);
        // the same broken rule in English
        String english = mvc.perform(post("/security/systems").param("lang", "en").param("name", name)
                        .param("zone", "PUBLIC").with(as("edu.applicant")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).doesNotContain("请填写系统用途").doesNotContain("??");

        // without the CSRF token nothing is posted
        mvc.perform(post("/security/systems").param("name", name).with(as("edu.applicant")))
                .andExpect(status().isForbidden());

        String location = mvc.perform(post("/security/systems").param("name", name).param("purpose", "政务公开")
                        .param("zone", "PUBLIC").param("onCloud", "true").param("instanceIds", String.valueOf(instance))
                        .param("adminName", "李明").param("adminPhone", "13800001234")
                        .param("secrecyName", "王红").param("secrecyPhone", "0692-2123456")
                        .param("auditName", "赵强").param("auditPhone", "13900005678")
                        .param("website", "true").param("domainName", "jy.dh.gov.cn")
                        .param("icpNumber", "滇ICP备12345678号").param("icpExpiresOn", "2027-12-31")
                        .param("tamperProtection", "true").with(as("edu.applicant")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/security/systems/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode stored = api.call(get("/api/v1/security/systems/{id}", id), "edu.applicant", null);
        assertThat(stored.get("secrecy").get("name").asString()).isEqualTo("王红");
        assertThat(stored.get("icpNumber").asString()).isEqualTo("滇ICP备12345678号");
        assertThat(stored.get("flags")).extracting(JsonNode::asText).containsExactly("DECLARATION_MISSING");
        assertThat(page(get(location), "edu.applicant")).contains("id=\"declaration-form\"", "id=\"scan-form\"");

        // edit: the audit person leaves; the system is flagged
        mvc.perform(post(location).param("name", name).param("purpose", "政务公开").param("zone", "PUBLIC")
                        .param("onCloud", "true").param("instanceIds", String.valueOf(instance))
                        .param("adminName", "李明").param("adminPhone", "13800001234")
                        .param("secrecyName", "王红").param("secrecyPhone", "0692-2123456")
                        .param("website", "true").param("domainName", "jy.dh.gov.cn")
                        .param("icpNumber", "滇ICP备12345678号").param("icpExpiresOn", "2027-12-31")
                        .with(as("edu.leader")).with(csrf()))
                .andExpect(redirectedUrl(location));
        assertThat(api.call(get("/api/v1/security/systems/{id}", id), "edu.applicant", null).get("flags"))
                .extracting(JsonNode::asText).contains("RESPONSIBLES_MISSING");

        mvc.perform(post(location + "/declaration").with(as("edu.applicant")).with(csrf()))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("flashMessage", "本年度不涉密声明已提交"));
        mvc.perform(post(location + "/declaration").with(as("edu.applicant")).with(csrf()))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("flashError", "2026 年度的不涉密声明已提交"));
        mvc.perform(post(location + "/scans").param("scannedOn", "2026-11-27").param("summary", "无高危漏洞")
                        .with(as("edu.applicant")).with(csrf()))
                .andExpect(flash().attribute("flashError", "扫描日期不能晚于今天"));
        mvc.perform(post(location + "/scans").param("scannedOn", "2026-11-25").param("summary", "无高危漏洞")
                        .with(as("edu.applicant")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "网站扫描结果已记录"));
        mvc.perform(multipart("/security/systems/scans/import")
                        .file(new MockMultipartFile("file", "scan.csv", "text/csv",
                                ("systemId,scannedOn,summary\n" + id + ",2026-11-26,复扫无异常\n")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(as("edu.applicant")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "已导入 1 条扫描结果"));
        JsonNode after = api.call(get("/api/v1/security/systems/{id}", id), "edu.applicant", null);
        assertThat(after.get("declaredThisYear").asBoolean()).isTrue();
        assertThat(after.get("lastScanSummary").asString()).isEqualTo("复扫无异常");
        assertThat(audit.forObject("ApplicationSystem", id)).extracting(AuditEntry::action)
                .containsExactly("security.system.create", "security.system.update", "security.system.declare",
                        "security.system.scan", "security.system.scan");

        // another unit cannot open it, nor post to it
        mvc.perform(get(location).with(as("mangshi.edu.applicant"))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/declaration").with(as("mangshi.edu.applicant")).with(csrf()))
                .andExpect(status().isNotFound());
        // the security departments read it but get no form to change it
        assertThat(page(get(location), "security")).contains("disabled").doesNotContain("id=\"declaration-form\"");
    }

    @Test
    void theVendorRequestsTheLeaderDecidesAndTheVendorRecordsItsSessions() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        assertThat(page(get("/security"), "vendor")).doesNotContain("id=\"resource-" + instance + "\"");

        mvc.perform(post("/security/grants").param("instanceId", String.valueOf(instance)).param("purpose", "数据库调优")
                        .param("validFrom", "2026-11-26T11:00").param("validUntil", "2026-11-26T18:00")
                        .with(as("vendor")).with(csrf()))
                .andExpect(redirectedUrl("/security#grants"))
                .andExpect(flash().attribute("flashError", "请选择访问操作（读取、修改、导出）"));
        mvc.perform(post("/security/grants").param("instanceId", String.valueOf(instance)).param("purpose", "数据库调优")
                        .param("actions", "READ", "MODIFY")
                        .param("validFrom", "2026-11-26T11:00").param("validUntil", "2026-11-26T18:00")
                        .with(as("vendor")).with(csrf()))
                .andExpect(redirectedUrl("/security#grants"))
                .andExpect(flash().attribute("flashMessage", "访问授权申请已提交，等待使用单位负责人审批"));
        JsonNode grant = grantOn(instance);
        long grantId = grant.get("id").asLong();
        assertThat(grant.get("validFrom").asString()).isEqualTo("2026-11-26T03:00:00Z");

        // the leader of the unit sees the decision forms; the applicant and another unit's leader do not
        assertThat(page(get("/security"), "edu.leader")).contains("id=\"grant-approve-" + grantId + "\"");
        assertThat(page(get("/security"), "edu.applicant")).doesNotContain("id=\"grant-approve-" + grantId + "\"");
        mvc.perform(post("/security/grants/{id}/approve", grantId).param("version", grant.get("version").asString())
                .with(as("mangshi.edu.leader")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/security/grants/{id}/refuse", grantId).param("version", grant.get("version").asString())
                        .with(as("edu.leader")).with(csrf()))
                .andExpect(flash().attribute("flashError", "请填写不予授权的理由"));
        mvc.perform(post("/security/grants/{id}/approve", grantId).param("version", grant.get("version").asString())
                        .with(as("edu.leader")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "已同意授权"));
        mvc.perform(post("/security/grants/{id}/approve", grantId).param("version", grant.get("version").asString())
                        .with(as("edu.leader")).with(csrf()))
                .andExpect(flash().attribute("flashError", "该授权申请已处理"));

        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 12, 0));
        assertThat(page(get("/security"), "vendor")).contains("id=\"resource-" + instance + "\"", "读取、</span><span>修改</span>");
        mvc.perform(post("/security/sessions").param("instanceId", String.valueOf(instance))
                        .param("startedAt", "2026-11-26T11:10").param("endedAt", "2026-11-26T11:40")
                        .param("actions", "READ").param("description", "查看慢查询日志")
                        .with(as("vendor")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "访问记录已登记"));
        mvc.perform(post("/security/sessions").param("instanceId", String.valueOf(instance))
                        .param("startedAt", "2026-11-26T11:10").param("endedAt", "2026-11-26T11:40")
                        .param("actions", "EXPORT").param("description", "导出数据")
                        .with(as("vendor")).with(csrf()))
                .andExpect(flash().attribute("flashMessage",
                        "访问记录已登记，但不在有效授权范围内，已作为违规通知使用单位和数发中心"));
        assertThat(api.inboxKeys("edu.leader")).contains("security.notice.violation");
        String unitPage = page(get("/security"), "edu.applicant");
        assertThat(unitPage).contains("查看慢查询日志", "导出数据", "操作未获授权");

        // the grant lapses by the clock: the resource is gone from the vendor's list
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 18, 30));
        assertThat(page(get("/security"), "vendor")).doesNotContain("id=\"resource-" + instance + "\"");
    }

    @Test
    void theSecurityDepartmentInspectsTheUnitRectifiesAndTheReinspectionAccepts() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        long systemId = api.call(post("/api/v1/security/systems"), "edu.applicant", java.util.Map.of(
                "name", "办公系统-" + instance, "purpose", "公文流转", "zone", "PRIVATE", "onCloud", true,
                "instanceIds", List.of(instance))).get("id").asLong();

        mvc.perform(post("/security/inspections").param("title", "").param("plannedOn", "2026-11-26")
                        .param("systemIds", String.valueOf(systemId)).with(as("security")).with(csrf()))
                .andExpect(flash().attribute("flashError", "请填写检查名称"));
        mvc.perform(post("/security/inspections").param("title", "专项检查").param("plannedOn", "2026-11-26")
                        .param("systemIds", String.valueOf(systemId)).with(as("dec.reviewer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/security/inspections").param("title", "专项检查-" + instance).param("plannedOn", "2026-11-26")
                        .param("systemIds", String.valueOf(systemId)).with(as("security")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "检查计划已制定"));
        long inspectionId = StreamSupport.stream(api.call(get("/api/v1/security/inspections"), "security", null)
                        .spliterator(), false).filter(i -> i.get("title").asString().equals("专项检查-" + instance))
                .findFirst().orElseThrow().get("id").asLong();
        assertThat(page(get("/security"), "security")).contains("id=\"finding-form-" + inspectionId + "\"",
                "<option value=\"" + systemId + "\">办公系统-" + instance + "</option>");

        mvc.perform(post("/security/inspections/{id}/findings", inspectionId).param("systemId", String.valueOf(systemId))
                        .param("risk", "MEDIUM").param("description", "弱口令")
                        .with(as("security")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", org.hamcrest.Matchers.startsWith("问题已记录，整改期限")));
        mvc.perform(post("/security/inspections/{id}/findings", inspectionId).param("systemId", String.valueOf(systemId))
                        .param("risk", "HIGH").param("description", "未授权访问")
                        .with(as("security")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "高风险问题已记录，已暂停 1 个云服务实例"));
        assertThat(subscriptions.instance(instance).status()).isEqualTo(ServiceInstanceStatus.SUSPENDED);
        JsonNode high = StreamSupport.stream(api.call(get("/api/v1/security/findings"), "edu.applicant", null)
                .spliterator(), false).filter(f -> f.get("systemId").asLong() == systemId
                && f.get("risk").asString().equals("HIGH")).findFirst().orElseThrow();
        long findingId = high.get("id").asLong();
        String unitPage = page(get("/security"), "edu.applicant");
        assertThat(unitPage).contains("id=\"rectify-form-" + findingId + "\"", "id=\"finding-suspended-" + findingId + "\"")
                .doesNotContain("id=\"review-form-" + findingId + "\"");

        mvc.perform(post("/security/findings/{id}/rectification", findingId).param("version", high.get("version").asString())
                        .param("note", "").with(as("edu.applicant")).with(csrf()))
                .andExpect(flash().attribute("flashError", "请填写整改情况"));
        mvc.perform(post("/security/findings/{id}/rectification", findingId).param("version", high.get("version").asString())
                        .param("note", "已关闭匿名访问").with(as("mangshi.edu.applicant")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/security/findings/{id}/rectification", findingId).param("version", high.get("version").asString())
                        .param("note", "已关闭匿名访问").with(as("edu.applicant")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "整改情况已提交，等待复查"));
        assertThat(api.inboxKeys("security")).contains("security.notice.rectificationSubmitted");
        JsonNode rectified = api.call(get("/api/v1/security/findings/{id}", findingId), "edu.applicant", null);
        assertThat(rectified.get("rectificationNote").asString()).isEqualTo("已关闭匿名访问");

        assertThat(page(get("/security"), "security")).contains("id=\"review-form-" + findingId + "\"", "已关闭匿名访问");
        mvc.perform(post("/security/findings/{id}/reinspection", findingId).param("version", rectified.get("version").asString())
                        .param("accepted", "true").param("note", "复查通过").with(as("edu.leader")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/security/findings/{id}/reinspection", findingId).param("version", rectified.get("version").asString())
                        .param("accepted", "true").param("note", "复查通过").with(as("security")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "复查通过，问题已关闭"));
        assertThat(subscriptions.instance(instance).status()).isEqualTo(ServiceInstanceStatus.ACTIVE);
        assertThat(audit.forObject("Finding", findingId)).extracting(AuditEntry::action)
                .containsExactly("security.finding.record", "security.finding.rectify", "security.finding.accept");
        assertThat(page(get("/security"), "edu.applicant")).doesNotContain("id=\"rectify-form-" + findingId + "\"");
    }

    @Test
    void phoneNumbersAreSm4EncryptedAtRestAndMaskedForAllButTheUnitAndTheDec() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        java.util.Map<String, Object> body = new java.util.HashMap<>(java.util.Map.of("name", "人事系统-" + instance,
                "purpose", "人事档案", "zone", "PRIVATE", "onCloud", true, "instanceIds", List.of(instance)));
        body.put("admin", java.util.Map.of("name", "李明", "phone", "13800001234"));
        body.put("secrecy", java.util.Map.of("name", "王红", "phone", "0692-2123456"));
        body.put("audit", java.util.Map.of("name", "赵强", "phone", "13900005678"));
        long id = api.call(post("/api/v1/security/systems"), "edu.applicant", body).get("id").asLong();

        // at rest: SM4 ciphertext, never the number
        java.util.Map<String, Object> row = jdbc.queryForMap(
                "select admin_phone, secrecy_phone, audit_phone from sec_application_system where id = ?", id);
        assertThat(row.values()).allSatisfy(v -> assertThat((String) v).startsWith("sm4:")
                .doesNotContain("13800001234", "2123456", "13900005678"));

        // in full for the unit and the DEC, masked for the security departments, the auditor and other lists
        for (String user : List.of("edu.applicant", "edu.leader", "dec.reviewer")) {
            JsonNode system = api.call(get("/api/v1/security/systems/{id}", id), user, null);
            assertThat(system.get("admin").get("phone").asString()).as(user).isEqualTo("13800001234");
            assertThat(system.get("secrecy").get("phone").asString()).as(user).isEqualTo("0692-2123456");
        }
        for (String user : List.of("security", "auditor", "admin")) {
            JsonNode system = api.call(get("/api/v1/security/systems/{id}", id), user, null);
            assertThat(system.get("admin").get("phone").asString()).as(user).isEqualTo("138****1234");
            assertThat(system.get("audit").get("phone").asString()).as(user).isEqualTo("139****5678");
            JsonNode listed = StreamSupport.stream(api.call(get("/api/v1/security/systems"), user, null).spliterator(),
                    false).filter(n -> n.get("id").asLong() == id).findFirst().orElseThrow();
            assertThat(listed.get("secrecy").get("phone").asString()).as(user).isEqualTo("069****3456");
        }
        assertThat(page(get("/security/systems/{id}", id), "security")).contains("138****1234")
                .doesNotContain("13800001234");
        assertThat(page(get("/security/systems/{id}", id), "edu.applicant")).contains("13800001234");
        // the audit log never holds the numbers
        assertThat(audit.forObject("ApplicationSystem", id)).allSatisfy(e -> assertThat(e.after())
                .doesNotContain("13800001234"));
    }

    private JsonNode grantOn(long instance) throws Exception {
        return StreamSupport.stream(api.call(get("/api/v1/security/access-grants"), "vendor", null).spliterator(), false)
                .filter(g -> g.get("instanceId").asLong() == instance).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("name").asString()).toList();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
