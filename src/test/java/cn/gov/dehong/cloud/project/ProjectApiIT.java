package cn.gov.dehong.cloud.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Standalone projects (Art. 6) through the REST API and the pages: opinions in parallel, the government decides. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class ProjectApiIT {

    private static final byte[] PDF = "%PDF-1.4\n% project plan\n".getBytes();

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired StandaloneProjects standaloneProjects;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    @Test
    void decAndFinanceGiveOpinionsInParallelThenTheGovernmentApproves() throws Exception {
        long eduUnit = organization.user("edu.applicant").orElseThrow().unitId();
        long approvedBefore = standaloneProjects.approvedCount(eduUnit);
        // as of a day: other tests of this database may have approved projects on later (test clock) days
        long approvedBy26 = standaloneProjects.approvedCountByUnit(LocalDate.of(2026, 11, 26)).getOrDefault(eduUnit, 0L);
        long approvedBy27 = standaloneProjects.approvedCountByUnit(LocalDate.of(2026, 11, 27)).getOrDefault(eduUnit, 0L);
        JsonNode submitted = submit("edu.applicant", "教育视频会商系统", "2027-06-30", true, true);
        long id = submitted.get("id").asLong();
        assertThat(submitted.get("status").asString()).isEqualTo("REVIEW");
        assertThat(submitted.get("code").asString()).startsWith("XM-2026-");
        assertThat(submitted.get("budget").decimalValue()).isEqualByComparingTo("1280000.50");
        assertThat(submitted.get("documents")).extracting(d -> d.get("kind").asString()).containsExactly("PLAN", "OTHER");
        // both opinion steps are open at once, on the working-day calendar (5 working days: 2026-12-03)
        assertThat(openSteps(submitted)).containsExactlyInAnyOrder("projectDecReview", "projectFinanceReview");
        for (JsonNode step : submitted.get("timeline")) {
            assertThat(step.get("dueDate").asString()).isEqualTo("2026-12-03");
        }
        // the steps appear on the to-do lists of the DEC and the finance bureau like application steps
        assertThat(todoSubjects("dec.reviewer")).contains("PRJ-" + id);
        assertThat(todoSubjects("finance")).contains("PRJ-" + id);
        assertThat(todoSubjects("gov.approver")).doesNotContain("PRJ-" + id);

        // the government cannot decide before the opinions; an opinion needs a text; a unit cannot give one
        expect(post("/api/v1/projects/{id}/decision", id), "gov.approver", Map.of("approved", true), 409,
                "project.error.notAwaitingDecision");
        expect(post("/api/v1/projects/{id}/opinions", id), "finance", Map.of("supported", true, "opinion", " "), 400,
                "project.error.opinionRequired");
        expect(post("/api/v1/projects/{id}/opinions", id), "edu.applicant",
                Map.of("supported", true, "opinion", "同意"), 403, "error.forbidden");

        clock.setShanghai(LocalDateTime.of(2026, 11, 27, 9, 0));
        JsonNode afterFinance = api.call(post("/api/v1/projects/{id}/opinions", id), "finance",
                Map.of("supported", true, "opinion", "预算在部门预算内安排"));
        assertThat(afterFinance.get("status").asString()).isEqualTo("REVIEW");
        expect(post("/api/v1/projects/{id}/opinions", id), "finance", Map.of("supported", false, "opinion", "改"), 409,
                "project.error.opinionGiven");
        JsonNode afterDec = api.call(post("/api/v1/projects/{id}/opinions", id), "dec.reviewer",
                Map.of("supported", false, "opinion", "建议先评估平台视频会议服务"));
        assertThat(afterDec.get("status").asString()).isEqualTo("GOVERNMENT_APPROVAL");
        assertThat(afterDec.get("opinions")).extracting(o -> o.get("party").asString() + ":" + o.get("supported").asBoolean())
                .containsExactly("FINANCE:true", "DEC:false");
        assertThat(openSteps(afterDec)).containsExactly("projectGovApproval");
        assertThat(todoSubjects("gov.approver")).contains("PRJ-" + id);
        assertThat(api.inboxKeys("gov.approver")).contains("project.notice.toGovernment");

        // a county government is not the prefecture government: outside its county it does not even see the project
        expect(post("/api/v1/projects/{id}/decision", id), "mangshi.gov", Map.of("approved", true), 404,
                "error.object.notFound");
        expect(post("/api/v1/projects/{id}/decision", id), "gov.approver", Map.of("approved", false), 400,
                "project.error.reasonRequired");
        JsonNode approved = api.call(post("/api/v1/projects/{id}/decision", id), "gov.approver",
                Map.of("approved", true, "comment", "同意单独建设"));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asString()).isEqualTo("gov.approver");
        assertThat(openSteps(approved)).isEmpty();
        expect(post("/api/v1/projects/{id}/decision", id), "gov.approver", Map.of("approved", false, "comment", "x"),
                409, "project.error.notAwaitingDecision");
        assertThat(api.inboxKeys("edu.applicant")).contains("project.notice.approved");

        assertThat(audit.forObject("StandaloneProject", id)).extracting(AuditEntry::action).containsExactly(
                "project.attach", "project.attach", "project.submit", "project.opinion.finance",
                "project.opinion.dec", "project.approve");
        // the public API for supervision counts it
        assertThat(standaloneProjects.approvedCount(eduUnit)).isEqualTo(approvedBefore + 1);
        assertThat(standaloneProjects.approvedCountByUnit()).containsEntry(eduUnit, approvedBefore + 1);
        assertThat(standaloneProjects.approvedCountByUnit(LocalDate.of(2026, 11, 26)).getOrDefault(eduUnit, 0L))
                .isEqualTo(approvedBy26);
        assertThat(standaloneProjects.approvedCountByUnit(LocalDate.of(2026, 11, 27))).containsEntry(eduUnit,
                approvedBy27 + 1);
        assertThat(standaloneProjects.approved()).extracting(ProjectSummary::id).contains(id);

        // the plan document can be downloaded by the unit and the reviewers, byte for byte
        long planId = submitted.get("documents").get(0).get("id").asLong();
        mvc.perform(get("/api/v1/projects/{id}/documents/{doc}", id, planId).with(ApiClient.as("finance")))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
    }

    @Test
    void theGovernmentRejectsWithAReasonAndTheProjectDoesNotCount() throws Exception {
        long eduUnit = organization.user("edu.applicant").orElseThrow().unitId();
        long id = submit("edu.applicant", "自建机房扩容", "2027-03-01", true, false).get("id").asLong();
        api.call(post("/api/v1/projects/{id}/opinions", id), "dec.reviewer", Map.of("supported", false, "opinion", "平台可满足"));
        api.call(post("/api/v1/projects/{id}/opinions", id), "finance", Map.of("supported", false, "opinion", "无预算"));
        long approvedBefore = standaloneProjects.approvedCount(eduUnit);
        JsonNode rejected = api.call(post("/api/v1/projects/{id}/decision", id), "gov.approver",
                Map.of("approved", false, "comment", "使用德宏云平台服务"));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("decisionComment").asString()).isEqualTo("使用德宏云平台服务");
        assertThat(standaloneProjects.approvedCount(eduUnit)).isEqualTo(approvedBefore);
        assertThat(standaloneProjects.approved()).extracting(ProjectSummary::id).doesNotContain(id);
        assertThat(api.inboxKeys("edu.applicant")).contains("project.notice.rejected");
        assertThat(audit.forObject("StandaloneProject", id)).extracting(AuditEntry::action).endsWith("project.reject");
    }

    @Test
    void withoutThePlanDocumentOrWithBadInputNothingIsStored() throws Exception {
        Integer projectsBefore = jdbc.queryForObject("select count(*) from prj_project", Integer.class);
        Integer attachmentsBefore = jdbc.queryForObject("select count(*) from app_attachment", Integer.class);
        // no plan (but a further attachment): 400 and neither the project nor the further file is stored
        MockMultipartHttpServletRequestBuilder noPlan = form("无方案系统", "2027-06-30", "1000");
        noPlan.file(new MockMultipartFile("attachments", "说明.pdf", "application/pdf", PDF));
        expectMultipart(noPlan, "edu.applicant", 400, "project.error.planMissing");
        // an empty plan part, as a browser sends when no file was chosen
        MockMultipartHttpServletRequestBuilder emptyPlan = form("空方案", "2027-06-30", "1000");
        emptyPlan.file(new MockMultipartFile("plan", "", "application/octet-stream", new byte[0]));
        expectMultipart(emptyPlan, "edu.applicant", 400, "project.error.planMissing");
        // a plan that is not what its name says; a valid first attachment must not be kept either
        MockMultipartHttpServletRequestBuilder fake = form("伪造方案", "2027-06-30", "1000");
        fake.file(new MockMultipartFile("plan", "方案.pdf", "application/pdf", "MZ not a pdf".getBytes()));
        expectMultipart(fake, "edu.applicant", 400, "attachment.error.type");
        MockMultipartHttpServletRequestBuilder badOther = form("附件有误", "2027-06-30", "1000");
        badOther.file(new MockMultipartFile("plan", "方案.pdf", "application/pdf", PDF));
        badOther.file(new MockMultipartFile("attachments", "x.docx", "application/octet-stream", "nope".getBytes()));
        expectMultipart(badOther, "edu.applicant", 400, "attachment.error.type");
        // budget and go-live
        MockMultipartHttpServletRequestBuilder zero = form("零预算", "2027-06-30", "0");
        zero.file(new MockMultipartFile("plan", "方案.pdf", "application/pdf", PDF));
        expectMultipart(zero, "edu.applicant", 400, "project.error.budget");
        MockMultipartHttpServletRequestBuilder past = form("过去上线", "2026-11-26", "100");
        past.file(new MockMultipartFile("plan", "方案.pdf", "application/pdf", PDF));
        expectMultipart(past, "edu.applicant", 400, "project.error.goLive");
        // only a unit applicant submits
        MockMultipartHttpServletRequestBuilder byDec = form("数发中心", "2027-06-30", "100");
        byDec.file(new MockMultipartFile("plan", "方案.pdf", "application/pdf", PDF));
        expectMultipart(byDec, "dec.reviewer", 403, "error.forbidden");

        assertThat(jdbc.queryForObject("select count(*) from prj_project", Integer.class)).isEqualTo(projectsBefore);
        assertThat(jdbc.queryForObject("select count(*) from app_attachment", Integer.class)).isEqualTo(attachmentsBefore);
    }

    @Test
    void anotherUnitCannotSeeTheProjectNorItsDocuments() throws Exception {
        JsonNode submitted = submit("edu.applicant", "教育数据中心", "2027-06-30", true, false);
        long id = submitted.get("id").asLong();
        long planId = submitted.get("documents").get(0).get("id").asLong();
        expect(get("/api/v1/projects/{id}", id), "mangshi.edu.applicant", null, 404, "error.object.notFound");
        expect(get("/api/v1/projects/{id}/documents/{doc}", id, planId), "mangshi.edu.applicant", null, 404,
                "error.object.notFound");
        assertThat(ids(api.call(get("/api/v1/projects?size=500"), "mangshi.edu.applicant", null))).doesNotContain(id);
        assertThat(ids(api.call(get("/api/v1/projects?size=500"), "edu.applicant", null))).contains(id);
        assertThat(ids(api.call(get("/api/v1/projects?size=500"), "auditor", null))).contains(id);
        assertThat(ids(api.call(get("/api/v1/projects?size=500&status=REVIEW"), "finance", null))).contains(id);
        assertThat(ids(api.call(get("/api/v1/projects?size=500&status=APPROVED"), "finance", null))).doesNotContain(id);
        mvc.perform(get("/projects/{id}", id).with(user(accounts.loadUserByUsername("mangshi.edu.applicant"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePagesWalkTheJourneyAndTheTasksPageLinksToTheProject() throws Exception {
        long id = submit("edu.applicant", "页面测试系统", "2027-06-30", true, false).get("id").asLong();
        String tasks = page("/tasks", "finance");
        assertThat(tasks).contains("/projects/" + id);
        String detail = page("/projects/" + id, "finance");
        assertThat(detail).contains("opinion-form").doesNotContain("decision-form");
        assertThat(page("/projects/" + id, "edu.applicant")).doesNotContain("opinion-form");
        mvc.perform(post("/projects/{id}/opinions", id).param("supported", "true").param("opinion", "同意")
                        .with(user(accounts.loadUserByUsername("finance"))).with(
                                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/projects/" + id, "finance")).contains("opinion-FINANCE").doesNotContain("opinion-form");
        for (String user : List.of("edu.applicant", "dec.reviewer", "finance", "gov.approver", "auditor")) {
            assertThat(page("/projects", user)).contains("project-" + id);
        }
        assertThat(page("/projects", "edu.applicant")).contains("new-project");
        assertThat(page("/projects", "finance")).doesNotContain("new-project");
        mvc.perform(get("/projects/export").with(user(accounts.loadUserByUsername("finance"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        // the page form: a missing plan is a clear 400 page, nothing stored
        Integer before = jdbc.queryForObject("select count(*) from prj_project", Integer.class);
        mvc.perform(multipart("/projects").param("title", "页面无方案").param("justification", "需要")
                        .param("scope", "范围").param("budget", "100").param("plannedGoLive", "2027-06-30")
                        .with(user(accounts.loadUserByUsername("edu.applicant")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from prj_project", Integer.class)).isEqualTo(before);
    }

    @Test
    void concurrentOpinionsLeaveOneOpinionPerPartyAndOneGovernmentStep() throws Exception {
        long id = submit("edu.applicant", "并发审核系统", "2027-06-30", true, false).get("id").asLong();
        // the same party twice at once: exactly one wins
        assertThat(concurrently(
                () -> opinionStatus(id, "finance", "同意"), () -> opinionStatus(id, "finance", "同意（重复）")))
                .containsExactlyInAnyOrder(200, 409);
        // the DEC and finance at the same moment on another project: the engine's parallel join may refuse one
        // (409, to retry); whatever the interleaving, one opinion per party and one government step in the end
        long other = submit("edu.applicant", "并发会签系统", "2027-06-30", true, false).get("id").asLong();
        List<Integer> statuses = concurrently(() -> opinionStatus(other, "dec.reviewer", "同意"),
                () -> opinionStatus(other, "finance", "同意"));
        assertThat(statuses).allMatch(code -> code == 200 || code == 409).contains(200);
        if (statuses.get(0) == 409) {
            assertThat(opinionStatus(other, "dec.reviewer", "重试")).isEqualTo(200);
        }
        if (statuses.get(1) == 409) {
            assertThat(opinionStatus(other, "finance", "重试")).isEqualTo(200);
        }
        JsonNode project = api.call(get("/api/v1/projects/{id}", other), "edu.applicant", null);
        assertThat(project.get("status").asString()).isEqualTo("GOVERNMENT_APPROVAL");
        assertThat(project.get("opinions")).extracting(o -> o.get("party").asString())
                .containsExactlyInAnyOrder("FINANCE", "DEC");
        assertThat(openSteps(project)).containsExactly("projectGovApproval");
        assertThat(audit.forObject("StandaloneProject", other)).filteredOn(e -> e.action().startsWith("project.opinion"))
                .hasSize(2);
        assertThat(audit.forObject("StandaloneProject", id)).filteredOn(e -> e.action().startsWith("project.opinion"))
                .hasSize(1);
    }

    private int opinionStatus(long id, String user, String text) throws Exception {
        return mvc.perform(post("/api/v1/projects/{id}/opinions", id).with(ApiClient.as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("supported", true, "opinion", text))))
                .andReturn().getResponse().getStatus();
    }

    @SafeVarargs
    private static List<Integer> concurrently(java.util.concurrent.Callable<Integer>... calls) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls.length);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> futures = new ArrayList<>();
        for (java.util.concurrent.Callable<Integer> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Integer> future : futures) {
            statuses.add(future.get());
        }
        pool.shutdown();
        return statuses;
    }

    @Test
    void theProjectAndTrainingApisAreDocumentedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/projects'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/projects/{id}/opinions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/projects/{id}/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/trainings'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/trainings/{id}/participants'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/trainings/{id}/attendance'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/trainings/coverage'].get").exists());
    }

    // ---- helpers ----

    private JsonNode submit(String user, String title, String goLive, boolean withPlan, boolean withOther)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = form(title, goLive, "1280000.50");
        if (withPlan) {
            request.file(new MockMultipartFile("plan", "项目建设方案.pdf", "application/pdf", PDF));
        }
        if (withOther) {
            request.file(new MockMultipartFile("attachments", "论证报告.pdf", "application/pdf", PDF));
        }
        var result = mvc.perform(request.with(ApiClient.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return api.read(result);
    }

    private static MockMultipartHttpServletRequestBuilder form(String title, String goLive, String budget) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/projects");
        request.param("title", title).param("justification", "平台视频会议服务不支持 1000 路并发")
                .param("scope", "会商终端 200 套、管理平台").param("budget", budget).param("plannedGoLive", goLive);
        return request;
    }

    private void expectMultipart(MockMultipartHttpServletRequestBuilder request, String user, int status, String code)
            throws Exception {
        mvc.perform(request.with(ApiClient.as(user))).andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code));
    }

    private void expect(MockHttpServletRequestBuilder request, String user, Object body, int status, String code)
            throws Exception {
        request.with(ApiClient.as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(user)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private List<String> todoSubjects(String user) throws Exception {
        List<String> keys = new ArrayList<>();
        api.call(get("/api/v1/tasks?size=1000"), user, null).get("content")
                .forEach(step -> keys.add(step.get("subjectKey").asString()));
        return keys;
    }

    private static List<String> openSteps(JsonNode project) {
        List<String> open = new ArrayList<>();
        project.get("timeline").forEach(step -> {
            if (step.get("completedAt").isNull()) {
                open.add(step.get("stepKey").asString());
            }
        });
        return open;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }
}
