package cn.gov.dehong.cloud.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.support.ApiClient;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import cn.gov.dehong.cloud.support.TestPeriodTimer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole lifecycle of Art. 9 through the REST API, for a special and a centralized application: funding gate,
 * aggregation, refusal at acceptance, countersigned review, usage plan, test period, go-live, confirmation, change
 * with the fee up and down, termination before 12 months; deadlines across the 2026 National Day holiday.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class ServiceLifecycleApiIT {

    private static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired ManagementService management;
    @Autowired AuditLog audit;

    private ApiClient api;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(mvc, json);
        // Monday 2026-09-28, 10:00 in Dehong: the National Day holiday (10-01..10-07) lies inside any 5-working-day window
        clock.setShanghai(LocalDateTime.of(2026, 9, 28, 10, 0));
    }

    @Test
    void specialApplicationWithoutSecuredFundsRunsToTerminationBeforeTwelveMonths() throws Exception {
        long id = createDraft("edu.applicant", "SPECIAL", null, false, true, "州教育资源公共服务平台");

        // bad input: no sizing plan yet -> 400, still a draft
        mvc.perform(post("/api/v1/applications/{id}/submit", id).with(as("edu.applicant")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.error.sizingPlanMissing"));
        uploadSizingPlan("edu.applicant", id);
        // another unit cannot even see it
        mvc.perform(get("/api/v1/applications/{id}", id).with(as("mangshi.edu.applicant")))
                .andExpect(status().isNotFound());

        JsonNode submitted = call(post("/api/v1/applications/{id}/submit", id), "edu.applicant", null);
        assertThat(submitted.get("status").asString()).isEqualTo("FUNDING_APPROVAL");
        assertThat(openStep(submitted).get("stepKey").asString()).isEqualTo("fundingApproval");

        // Art. 9(一)2: the county government is not this prefecture unit's same-level government (nor does it see
        // the application)
        mvc.perform(post("/api/v1/applications/{id}/funding-decision", id).with(as("mangshi.gov"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
                .andExpect(status().isNotFound());
        JsonNode funded = call(post("/api/v1/applications/{id}/funding-decision", id), "gov.approver",
                Map.of("approved", true, "comment", "州本级财政安排"));
        assertThat(funded.get("status").asString()).isEqualTo("ACCEPTANCE");

        // acceptance: 5 working days from Mon 2026-09-28 skip 10-01..10-07 and count the make-up Saturday 10-10
        JsonNode acceptanceStep = openStep(funded);
        assertThat(acceptanceStep.get("stepKey").asString()).isEqualTo("acceptance");
        assertThat(acceptanceStep.get("dueDate").asString()).isEqualTo("2026-10-10");
        assertThat(acceptanceStep.get("dueCertain").asBoolean()).isTrue();

        // wrong role
        mvc.perform(post("/api/v1/applications/{id}/acceptance", id).with(as("edu.applicant"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
                .andExpect(status().isForbidden());
        call(post("/api/v1/applications/{id}/acceptance", id), "dec.acceptor", Map.of("approved", true));
        // a step already done
        mvc.perform(post("/api/v1/applications/{id}/acceptance", id).with(as("dec.acceptor"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
                .andExpect(status().isConflict());

        call(post("/api/v1/applications/{id}/reviews", id), "dec.reviewer", review(true));
        JsonNode reviewed = call(post("/api/v1/applications/{id}/reviews", id), "finance", review(true));
        assertThat(reviewed.get("status").asString()).isEqualTo("VENDOR_KICKOFF");
        assertThat(reviewed.get("opinions")).hasSize(2);
        assertThat(inboxKeys("security")).contains("notice.application.reviewNotice");
        assertThat(inboxKeys("vendor")).contains("notice.application.vendorStart");

        // bad input: a test start in the past
        mvc.perform(post("/api/v1/applications/{id}/kickoff", id).with(as("vendor"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kickoffOn\":\"2026-09-28\",\"migrationPlan\":\"迁移方案\",\"testStart\":\"2026-09-01\"}"))
                .andExpect(status().isBadRequest());
        JsonNode testing = call(post("/api/v1/applications/{id}/kickoff", id), "vendor",
                Map.of("kickoffOn", "2026-09-28", "migrationPlan", "分两批迁移，先测试后切换", "testStart", "2026-09-28"));
        assertThat(testing.get("status").asString()).isEqualTo("TESTING");
        assertThat(testing.get("instances")).hasSize(2);
        assertThat(testing.get("instances").get(0).get("status").asString()).isEqualTo("TESTING");
        assertThat(testing.get("productionStart").asString()).isEqualTo("2026-10-08");

        // Art. 9(五): the test environment turns into production automatically when the 10 days are over
        TestPeriodTimer.fire(management);
        JsonNode live = details(id, "edu.applicant");
        assertThat(live.get("status").asString()).isEqualTo("IN_SERVICE");
        assertThat(live.get("instances").get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(live.get("instances").get(0).get("billingStart").asString()).isEqualTo("2026-10-08");

        JsonNode confirmed = call(post("/api/v1/applications/{id}/confirmation", id), "edu.leader",
                Map.of("approved", true, "comment", "运行正常"));
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        long hostId = confirmed.get("instances").get(0).get("id").asLong();
        long diskId = confirmed.get("instances").get(1).get("id").asLong();

        // Art. 9(六): change with the fee going up (paid by the unit) ...
        clock.setShanghai(LocalDateTime.of(2026, 11, 2, 9, 0));
        JsonNode up = call(post("/api/v1/services/{id}/change-requests", hostId), "edu.applicant",
                Map.of("vcpu", 8, "memoryGb", 16, "diskGb", 100, "bandwidthMbps", 0, "quantity", 2, "reason", "访问量增长"));
        assertThat(up.get("feeDirection").asString()).isEqualTo("UP");
        assertThat(up.get("monthlyFeeDelta").decimalValue()).isPositive();
        long upId = up.get("id").asLong();
        assertThat(up.get("timeline").get(0).get("dueDate").asString()).isEqualTo("2026-11-09");
        call(post("/api/v1/change-requests/{id}/reviews", upId), "dec.reviewer", Map.of("approved", true));
        JsonNode approvedUp = call(post("/api/v1/change-requests/{id}/reviews", upId), "finance", Map.of("approved", true));
        assertThat(approvedUp.get("status").asString()).isEqualTo("VENDOR");
        assertThat(service(hostId).get("status").asString()).isEqualTo("CHANGING");
        JsonNode doneUp = call(post("/api/v1/change-requests/{id}/completion", upId), "vendor",
                Map.of("appliedOn", "2026-11-02"));
        assertThat(doneUp.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode host = service(hostId);
        assertThat(host.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(host.get("spec").get("values").get("VCPU").asInt()).isEqualTo(8);
        assertThat(inboxKeys("finance")).contains("notice.change.result");

        // ... and going down (freed money back to the finance bureau)
        JsonNode down = call(post("/api/v1/services/{id}/change-requests", diskId), "edu.applicant",
                Map.of("vcpu", 0, "memoryGb", 0, "diskGb", 200, "bandwidthMbps", 0, "quantity", 1, "reason", "归档数据迁出"));
        assertThat(down.get("feeDirection").asString()).isEqualTo("DOWN");
        assertThat(down.get("monthlyFeeDelta").decimalValue()).isNegative();

        // Art. 9(七): termination needs the unit's data backup; before 12 months it is paid by months used
        mvc.perform(post("/api/v1/services/{id}/termination-requests", hostId).with(as("edu.applicant"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"系统整合\",\"dataBackupConfirmed\":false,\"requestedEndDate\":\"2027-04-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.error.backupNotConfirmed"));
        JsonNode termination = call(post("/api/v1/services/{id}/termination-requests", hostId), "edu.applicant",
                Map.of("reason", "系统整合", "dataBackupConfirmed", true, "requestedEndDate", "2027-04-30"));
        long terminationId = termination.get("id").asLong();
        call(post("/api/v1/termination-requests/{id}/review", terminationId), "dec.reviewer", Map.of("approved", true));
        JsonNode terminated = call(post("/api/v1/termination-requests/{id}/decommission", terminationId), "vendor",
                Map.of("endDate", "2027-04-30", "dataHandover", "数据库导出文件及校验值已移交", "purgeMethod", "三次覆写",
                        "purgedOn", "2027-05-06"));
        assertThat(terminated.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(terminated.get("monthsOfUse").asInt()).isEqualTo(7);
        assertThat(terminated.get("withinFirstYear").asBoolean()).isTrue();
        assertThat(service(hostId).get("status").asString()).isEqualTo("TERMINATED");

        List<String> actions = audit.forObject("Application", id).stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("application.create", "application.submit", "application.fundingDecision",
                "application.acceptance", "application.review.dec", "application.review.finance",
                "application.kickoff", "application.goLive", "application.confirm");
        assertThat(audit.forObject("Application", id)).filteredOn(e -> e.action().equals("application.acceptance"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("dec.acceptor");
                    assertThat(e.before()).isEqualTo("ACCEPTANCE");
                    assertThat(e.after()).isEqualTo("REVIEW");
                });
        assertThat(audit.forObject("ServiceInstance", hostId)).extracting(AuditEntry::action)
                .contains("service.openForTest", "service.goLive", "service.startChange", "service.completeChange",
                        "service.terminate");
    }

    @Test
    void centralizedApplicationsAreAggregatedRefusedOrPlannedAndApproved() throws Exception {
        long campaignId = read(mvc.perform(post("/api/v1/campaigns").with(as("dec.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"budgetYear\":2027,\"title\":\"2027年度德宏云集中申请\",\"opensOn\":\"2026-09-01\",\"closesOn\":\"2026-12-31\"}"))
                .andExpect(status().isCreated()).andReturn()).get("id").asLong();
        // once a year
        mvc.perform(post("/api/v1/campaigns").with(as("dec.reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"budgetYear\":2027,\"title\":\"again\",\"opensOn\":\"2026-09-01\",\"closesOn\":\"2026-12-31\"}"))
                .andExpect(status().isConflict());

        // a subordinate unit's application is aggregated by its parent unit, then refused at acceptance
        long refusedId = createDraft("school.applicant", "CENTRALIZED", campaignId, true, true, "智慧校园系统");
        uploadSizingPlan("school.applicant", refusedId);
        JsonNode aggregation = call(post("/api/v1/applications/{id}/submit", refusedId), "school.applicant", null);
        assertThat(aggregation.get("status").asString()).isEqualTo("AGGREGATION");
        mvc.perform(post("/api/v1/applications/{id}/aggregation", refusedId).with(as("mangshi.aggregator"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
                .andExpect(status().isNotFound());
        call(post("/api/v1/applications/{id}/aggregation", refusedId), "edu.leader", Map.of("approved", true));
        // a refusal needs its reason
        mvc.perform(post("/api/v1/applications/{id}/acceptance", refusedId).with(as("dec.acceptor"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.reasonRequired"));
        JsonNode refused = call(post("/api/v1/applications/{id}/acceptance", refusedId), "dec.acceptor",
                Map.of("approved", false, "comment", "测算方案缺少性能指标"));
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(inboxKeys("school.applicant")).contains("notice.application.refused");

        // a county unit's application: county aggregation, review, usage plan approved by the government
        long plannedId = createDraft("mangshi.edu.applicant", "CENTRALIZED", campaignId, true, true, "芒市教育管理平台");
        uploadSizingPlan("mangshi.edu.applicant", plannedId);
        call(post("/api/v1/applications/{id}/submit", plannedId), "mangshi.edu.applicant", null);
        call(post("/api/v1/applications/{id}/aggregation", plannedId), "mangshi.aggregator", Map.of("approved", true));
        call(post("/api/v1/applications/{id}/acceptance", plannedId), "dec.acceptor", Map.of("approved", true));
        call(post("/api/v1/applications/{id}/reviews", plannedId), "finance", review(true));
        JsonNode planning = call(post("/api/v1/applications/{id}/reviews", plannedId), "dec.reviewer", review(true));
        assertThat(planning.get("status").asString()).isEqualTo("PLANNING");

        mvc.perform(post("/api/v1/campaigns/{id}/usage-plans", campaignId).with(as("dec.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ranking\":[]}"))
                .andExpect(status().isBadRequest());
        JsonNode plan = read(mvc.perform(post("/api/v1/campaigns/{id}/usage-plans", campaignId).with(as("dec.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ranking\":[" + plannedId + "]}"))
                .andExpect(status().isCreated()).andReturn());
        long planId = plan.get("id").asLong();
        // a usage plan lists many units' applications: units do not read it
        mvc.perform(get("/api/v1/usage-plans/{id}", planId).with(as("mangshi.edu.applicant")))
                .andExpect(status().isNotFound());
        assertThat(plan.get("applications").get(0).get("priority").asInt()).isEqualTo(1);
        // the county government is not the prefecture government that approves the plan, nor may it read it
        mvc.perform(post("/api/v1/usage-plans/{id}/decision", planId).with(as("mangshi.gov"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/usage-plans/{id}", planId).with(as("mangshi.gov"))).andExpect(status().isNotFound());
        call(post("/api/v1/usage-plans/{id}/decision", planId), "gov.approver", Map.of("approved", true));
        JsonNode kickoff = details(plannedId, "mangshi.edu.applicant");
        assertThat(kickoff.get("status").asString()).isEqualTo("VENDOR_KICKOFF");
        assertThat(openStep(kickoff).get("stepKey").asString()).isEqualTo("vendorKickoff");

        // the aggregator sees its county's applications, not the prefecture's
        JsonNode countyList = read(mvc.perform(get("/api/v1/applications").with(as("mangshi.aggregator")))
                .andExpect(status().isOk()).andReturn());
        for (JsonNode row : countyList.get("content")) {
            assertThat(row.get("unitName").asString()).startsWith("芒市");
        }
    }

    @Test
    void concurrentAcceptanceOfTheSameApplicationLetsExactlyOneWin() throws Exception {
        long id = createDraft("tax.applicant", "SPECIAL", null, true, true, "税务数据交换平台");
        uploadSizingPlan("tax.applicant", id);
        call(post("/api/v1/applications/{id}/submit", id), "tax.applicant", null);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Integer> accept = () -> {
                start.await();
                return mvc.perform(post("/api/v1/applications/{id}/acceptance", id).with(as("dec.acceptor"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
                        .andReturn().getResponse().getStatus();
            };
            results.add(pool.submit(accept));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonNode after = details(id, "tax.applicant");
        assertThat(after.get("status").asString()).isEqualTo("REVIEW");
        assertThat(audit.forObject("Application", id)).filteredOn(e -> e.action().equals("application.acceptance"))
                .hasSize(1);
    }

    @Test
    void anApplicationWithoutTheNoClassifiedDeclarationCannotBeSubmitted() throws Exception {
        long id = createDraft("edu.applicant", "SPECIAL", null, true, false, "未声明系统");
        uploadSizingPlan("edu.applicant", id);
        mvc.perform(post("/api/v1/applications/{id}/submit", id).with(as("edu.applicant"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.error.declarationMissing"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("classified")));
        assertThat(details(id, "edu.applicant").get("status").asString()).isEqualTo("DRAFT");
        // missing fields: 400 with the fields named, nothing created
        mvc.perform(post("/api/v1/applications").with(as("edu.applicant")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SPECIAL\",\"lines\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.systemName").exists())
                .andExpect(jsonPath("$.fields.lines").exists());
        // an upload that is not what it claims to be
        mvc.perform(multipart("/api/v1/applications/{id}/sizing-plan", id)
                        .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                        .with(as("edu.applicant")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("attachment.error.type"));
    }

    // ---- helpers ----

    private long createDraft(String user, String kind, Long campaignId, boolean fundingSecured, boolean declaration,
                             String systemName) throws Exception {
        return api.createDraft(user, kind, campaignId, fundingSecured, declaration, systemName);
    }

    private void uploadSizingPlan(String user, long id) throws Exception {
        api.uploadSizingPlan(user, id);
    }

    private JsonNode call(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
        return api.call(request, user, body);
    }

    private static Map<String, Object> review(boolean approved) {
        return Map.of("approved", approved, "necessity", "业务需要，符合集约化建设要求", "feasibility", "技术方案可行",
                "security", "按等保三级部署，已声明不处理涉密信息", "sharingScope", "全州教育系统共享",
                "productsAndCost", "产品类别和数量合理，费用按中标价格测算");
    }

    private JsonNode details(long id, String user) throws Exception {
        return api.application(id, user);
    }

    private JsonNode service(long id) throws Exception {
        return read(mvc.perform(get("/api/v1/services/{id}", id).with(as("dec.reviewer"))).andExpect(status().isOk()).andReturn());
    }

    private List<String> inboxKeys(String user) throws Exception {
        return api.inboxKeys(user);
    }

    private static JsonNode openStep(JsonNode application) {
        return ApiClient.openStep(application);
    }

    private JsonNode read(MvcResult result) throws Exception {
        return api.read(result);
    }

    private static RequestPostProcessor as(String user) {
        return ApiClient.as(user);
    }
}
