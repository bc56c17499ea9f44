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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UserAdministration;
import cn.gov.dehong.cloud.organization.UserView;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Art. 7, 32: a unit member reports a suspected classified-information violation privately to the 机要保密局 (the
 * SECURITY_VIEWER users of unit 5331-BMJ); nobody else, not the reporter's own unit, the DEC, the 网信办, the vendor,
 * the administrator or the auditor, can read it or learn its content.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SecrecyReportIT {

    private static final String OFFICER = "bmj.officer";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired AuditLog audit;
    @Autowired OrganizationDirectory organization;
    @Autowired UserAdministration users;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
        if (organization.user(OFFICER).isEmpty()) {
            UserView admin = organization.user("admin").orElseThrow();
            Long bureau = organization.units().stream().filter(u -> u.code().equals("5331-BMJ")).findFirst()
                    .orElseThrow().id();
            users.create(new Actor(admin.id(), admin.username(), admin.displayName(), admin.unitId(), admin.unitName(),
                    admin.roles()), new UserAdministration.NewUser(OFFICER, "保密局干部", bureau, "bmj@dehong.gov.cn",
                    Set.of(), ApiClient.PASSWORD));
            // 三员分立: the system administrator opens the account, the security administrator gives the role
            UserView secadmin = organization.user("secadmin").orElseThrow();
            users.changeRoles(new Actor(secadmin.id(), secadmin.username(), secadmin.displayName(), secadmin.unitId(),
                    secadmin.unitName(), secadmin.roles()), OFFICER, Set.of(Role.SECURITY_VIEWER));
            // the first-login password change is the organization module's business, not this test's
            jdbc.update("update org_user set must_change_password = false where username = ?", OFFICER);
        }
    }

    @Test
    void onlyTheSecrecyBureauAndTheReporterReadAPrivateReport() throws Exception {
        String subject = "疑似涉密文件上传-" + System.nanoTime();
        expect(post("/api/v1/security/secrecy-reports"), "edu.applicant", Map.of("subject", subject), 400,
                "security.secrecy.error.detailsRequired");
        expect(post("/api/v1/security/secrecy-reports"), "vendor", Map.of("subject", subject, "details", "x"), 403,
                "error.forbidden");
        JsonNode report = api.call(post("/api/v1/security/secrecy-reports"), "edu.applicant",
                Map.of("subject", subject, "details", "办公系统附件中疑似有标密文件"));
        long id = report.get("id").asLong();
        assertThat(api.inboxKeys(OFFICER)).contains("security.notice.secrecyReport");
        assertThat(api.inboxKeys("security")).doesNotContain("security.notice.secrecyReport");

        // the bureau and the reporter read it
        assertThat(api.call(get("/api/v1/security/secrecy-reports/{id}", id), OFFICER, null).get("subject").asString())
                .isEqualTo(subject);
        assertThat(api.call(get("/api/v1/security/secrecy-reports/{id}", id), "edu.applicant", null)
                .get("subject").asString()).isEqualTo(subject);
        assertThat(subjects(api.call(get("/api/v1/security/secrecy-reports"), OFFICER, null))).contains(subject);

        // nobody else: not the reporter's leader, not another unit, the DEC, the 网信办, the vendor, admin, auditor
        for (String other : List.of("edu.leader", "mangshi.edu.applicant", "dec.reviewer", "dec.acceptor", "security",
                "vendor", "admin", "auditor", "finance")) {
            expect(get("/api/v1/security/secrecy-reports/{id}", id), other, null, 404, "error.object.notFound");
            // auditors never write anything (Art. 27 oversight is read-only): refused before the report is looked up
            boolean auditor = other.equals("auditor");
            expect(post("/api/v1/security/secrecy-reports/{id}/handling", id), other,
                    Map.of("version", report.get("version").asLong(), "note", "x"), auditor ? 403 : 404,
                    auditor ? "assessment.error.auditorReadOnly" : "error.object.notFound");
        }
        assertThat(subjects(api.call(get("/api/v1/security/secrecy-reports"), "edu.leader", null)))
                .doesNotContain(subject);
        for (String other : List.of("dec.reviewer", "security", "vendor", "auditor")) {
            expect(get("/api/v1/security/secrecy-reports"), other, null, 403, "error.forbidden");
            mvc.perform(get("/security/secrecy-reports").with(as(other))).andExpect(status().isForbidden());
        }
        assertThat(page("/security/secrecy-reports", "edu.leader")).doesNotContain(subject);
        // the audit log, which auditors read, records the report but never its content
        assertThat(audit.forObject("SecrecyReport", id)).extracting(AuditEntry::action)
                .containsExactly("security.secrecy.report");
        assertThat(audit.forObject("SecrecyReport", id)).allSatisfy(e -> assertThat(e.after() + e.before())
                .doesNotContain(subject).doesNotContain("标密"));

        // the bureau handles it on its page, once; the reporter is told
        assertThat(page("/security/secrecy-reports", OFFICER)).contains(subject, "id=\"secrecy-handle-" + id + "\"")
                .doesNotContain("id=\"secrecy-form\"");
        mvc.perform(post("/security/secrecy-reports/{id}/handling", id).param("version", report.get("version").asString())
                        .param("note", "已约谈，文件已删除").with(as(OFFICER)).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "处理意见已记录"));
        mvc.perform(post("/security/secrecy-reports/{id}/handling", id).param("version", report.get("version").asString())
                        .param("note", "再改").with(as(OFFICER)).with(csrf()))
                .andExpect(flash().attribute("flashError", "该报告已处理"));
        assertThat(api.inboxKeys("edu.applicant")).contains("security.notice.secrecyHandled");
        assertThat(api.call(get("/api/v1/security/secrecy-reports/{id}", id), "edu.applicant", null)
                .get("handlingNote").asString()).isEqualTo("已约谈，文件已删除");

        // the unit's form, in both languages
        assertThat(page("/security/secrecy-reports?lang=en", "school.applicant")).contains("id=\"secrecy-form\"")
                .doesNotContain("??", subject);
        mvc.perform(post("/security/secrecy-reports").param("subject", "测试").param("details", "")
                        .with(as("school.applicant")).with(csrf()))
                .andExpect(flash().attribute("flashError", "请填写具体情况"));
        mvc.perform(post("/security/secrecy-reports").param("subject", "测试").param("details", "涉密U盘接入")
                        .with(as("school.applicant")).with(csrf()))
                .andExpect(flash().attribute("flashMessage", "报告已直接提交州委机要和保密局，其他单位和部门不可见"));
    }

    private void expect(MockHttpServletRequestBuilder request, String user, Object body, int status, String code)
            throws Exception {
        request.with(ApiClient.as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    private static List<String> subjects(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("subject").asString()).toList();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
