package cn.gov.dehong.cloud.assessment;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The vendor assessment of Art. 31 on real records of the second quarter of 2023 (a quarter no other test uses):
 * tickets whose first response met or missed the SLA and their ratings, the vendor's kick-off steps on time and late,
 * a survey the units answer once, incidents from the monitoring webhook and a merit with evidence; then versioned
 * rules, sign-off immutability and the penalty link to billing (Art. 26).
 */
@SpringBootTest(properties = "dehong.operations.alert-token=" + AssessmentApiIT.TOKEN)
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AssessmentApiIT {

    static final String TOKEN = "assessment-alert-token";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;

    private ApiClient api;
    private OperationsFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        fixtures = new OperationsFixtures(subscriptions, catalog, organization);
    }

    @Test
    void aQuarterIsScoredFromItsRecordsSignedOffAndLinkedToAPaymentHold() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2023, 3, 1));
        String instanceCode = subscriptions.instance(instance).code();

        // --- service response: three CRITICAL tickets (first response due 30 min round the clock), one late
        ticket(instance, LocalDateTime.of(2023, 4, 10, 10, 0), 20, "VERY_SATISFIED");
        ticket(instance, LocalDateTime.of(2023, 5, 8, 10, 0), 60, "UNSATISFIED");
        ticket(instance, LocalDateTime.of(2023, 6, 5, 10, 0), 10, "SATISFIED");
        // the vendor's kick-off (5 working days from Mon 04-03, Qingming 04-05 off): once in time, once six weeks late
        kickoff(LocalDateTime.of(2023, 4, 3, 9, 0), LocalDateTime.of(2023, 4, 4, 15, 0), "考核测试系统甲");
        kickoff(LocalDateTime.of(2023, 4, 3, 9, 30), LocalDateTime.of(2023, 5, 15, 15, 0), "考核测试系统乙");

        // --- service quality: 4 h and (critical) 10 min on the unit's cloud host, through the monitoring webhook
        incident("asm-fp-1", "HostDown", "warning", instanceCode, "2023-05-10T02:00:00Z", "2023-05-10T06:00:00Z");
        incident("asm-fp-2", "DiskFull", "critical", instanceCode, "2023-06-20T01:00:00Z", "2023-06-20T01:10:00Z");

        // --- a period that has not ended cannot be assessed; a unit cannot assess at all
        clock.setShanghai(LocalDateTime.of(2023, 6, 30, 12, 0));
        expect(post("/api/v1/assessments"), "dec.reviewer", Map.of("period", "2023Q2"), 400,
                "assessment.error.periodNotEnded");
        clock.setShanghai(LocalDateTime.of(2023, 7, 3, 9, 0));
        expect(post("/api/v1/assessments"), "edu.applicant", Map.of("period", "2023Q2"), 403, "error.forbidden");
        expect(post("/api/v1/assessments"), "dec.reviewer", Map.of("period", "2023Q7"), 400, "assessment.error.period");

        // --- satisfaction survey: each unit once
        long survey = api.call(post("/api/v1/assessments/surveys"), "dec.reviewer",
                Map.of("period", "2023Q2", "title", "2023 年第二季度德宏云服务满意度调查")).get("id").asLong();
        expect(post("/api/v1/assessments/surveys"), "dec.reviewer", Map.of("period", "2023q2", "title", "重复"), 409,
                "assessment.survey.error.duplicate");
        answer(survey, "edu.applicant", "SATISFIED");
        expect(post("/api/v1/assessments/surveys/{id}/answers", survey), "edu.applicant",
                Map.of("satisfaction", "UNSATISFIED", "comment", "再答一次"), 409, "assessment.survey.error.alreadyAnswered");
        // another person of the same unit is the same unit
        expect(post("/api/v1/assessments/surveys/{id}/answers", survey), "edu.leader",
                Map.of("satisfaction", "UNSATISFIED"), 409, "assessment.survey.error.alreadyAnswered");
        expect(post("/api/v1/assessments/surveys/{id}/answers", survey), "vendor",
                Map.of("satisfaction", "VERY_SATISFIED"), 403, "error.forbidden");
        answer(survey, "mangshi.edu.applicant", "VERY_SATISFIED");
        answer(survey, "tax.applicant", "VERY_SATISFIED");
        JsonNode results = api.call(get("/api/v1/assessments/surveys/{id}", survey), "dec.reviewer", null);
        assertThat(results.get("answers")).hasSize(3);
        assertThat(results.get("survey").get("satisfied").asLong()).isEqualTo(1);
        assertThat(results.get("survey").get("unsatisfied").asLong()).isZero();
        // the unit sees its own answer
        JsonNode mine = api.call(get("/api/v1/assessments/surveys"), "edu.applicant", null);
        assertThat(mine.findValues("myAnswer").stream().filter(a -> !a.isNull())
                .map(a -> a.get("satisfaction").asString()).toList()).contains("SATISFIED");

        // --- merits: evidence required, then a provincial award worth 20 points
        mvc.perform(multipart("/api/v1/assessments/merits").param("awardedOn", "2023-06-15").param("kind", "AWARD")
                        .param("title", "省级数字政府建设先进集体").param("points", "20").with(as("dec.reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("assessment.merit.error.evidenceRequired"));
        JsonNode merit = api.read(mvc.perform(multipart("/api/v1/assessments/merits")
                        .file(new MockMultipartFile("file", "表彰文件.pdf", "application/pdf", "%PDF-1.4\n% award\n".getBytes()))
                        .param("awardedOn", "2023-06-15").param("kind", "AWARD").param("title", "省级数字政府建设先进集体")
                        .param("points", "20").with(as("dec.reviewer")))
                .andExpect(status().isCreated()).andReturn());

        assertThat(mvc.perform(get("/api/v1/assessments/merits/{id}/evidence", merit.get("id").asLong()).with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).isEqualTo("%PDF-1.4\n% award\n");
        assertThat(api.call(get("/api/v1/assessments/merits"), "vendor", null).get("content").findValuesAsString("title"))
                .contains("省级数字政府建设先进集体");

        // --- rules: weights must sum to 100; a version with the seeded figures, published now, applies
        Map<String, Object> rules = rules(30, 30, 30, 10);
        expect(post("/api/v1/assessments/rules"), "dec.reviewer", Map.of("rules", rules(30, 30, 30, 11), "note", "错"),
                400, "assessment.rules.error.weightsSum");
        int version = api.call(post("/api/v1/assessments/rules"), "dec.reviewer", Map.of("rules", rules, "note", "2023 规则"))
                .get("versionNo").asInt();

        JsonNode created = api.call(post("/api/v1/assessments"), "dec.reviewer", Map.of("period", "2023Q2"));
        long id = created.get("id").asLong();
        assertThat(created.get("ruleVersion").asInt()).isEqualTo(version);
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        JsonNode b = created.get("breakdown");
        // response: tickets 2 of 3, kick-offs 1 of 2 → 3 of 5 = 60.00 → × 30 % = 18.00
        assertThat(b.get("responseFigures").get("ticketCount").asInt()).isEqualTo(3);
        assertThat(b.get("responseFigures").get("ticketsOnTime").asInt()).isEqualTo(2);
        assertThat(b.get("responseFigures").get("stepCount").asInt()).isEqualTo(2);
        assertThat(b.get("responseFigures").get("stepsOnTime").asInt()).isEqualTo(1);
        assertThat(b.get("responseFigures").get("late").findValuesAsString("step"))
                .containsExactlyInAnyOrder("firstResponse", "vendorKickoff");
        assertThat(b.get("response").get("score").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(b.get("response").get("weighted").decimalValue()).isEqualByComparingTo("18.00");
        // satisfaction: tickets (100 + 0 + 80) / 3 = 60, survey (80 + 100 + 100) / 3 = 93.33…; half each = 76.67 → 23.00
        assertThat(b.get("satisfactionFigures").get("ticketAverage").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(b.get("satisfactionFigures").get("surveyAverage").decimalValue()).isEqualByComparingTo("93.33");
        assertThat(b.get("satisfaction").get("score").decimalValue()).isEqualByComparingTo("76.67");
        assertThat(b.get("satisfaction").get("weighted").decimalValue()).isEqualByComparingTo("23.00");
        // quality: the cloud host down 250 min of 91 days → 99.8092 % → 89.91; one critical −5 → 84.91 → 25.47
        JsonNode types = b.get("qualityFigures").get("serviceTypes");
        assertThat(types).hasSize(1);
        assertThat(types.get(0).get("serviceType").asString()).isEqualTo("弹性云主机");
        assertThat(types.get(0).get("downtimeMinutes").asLong()).isEqualTo(250);
        assertThat(types.get(0).get("availability").decimalValue()).isEqualByComparingTo("99.8092");
        assertThat(types.get(0).get("score").decimalValue()).isEqualByComparingTo("89.91");
        assertThat(b.get("qualityFigures").get("criticalIncidents").asInt()).isEqualTo(1);
        assertThat(b.get("qualityFigures").get("incidentCount").asInt()).isEqualTo(2);
        assertThat(b.get("quality").get("score").decimalValue()).isEqualByComparingTo("84.91");
        assertThat(b.get("quality").get("weighted").decimalValue()).isEqualByComparingTo("25.47");
        // merits: 20 → 2.00
        assertThat(b.get("meritFigures").get("merits").get(0).get("id").asLong()).isEqualTo(merit.get("id").asLong());
        assertThat(b.get("merits").get("weighted").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(created.get("totalScore").decimalValue()).isEqualByComparingTo("68.47");
        assertThat(created.get("grade").asString()).isEqualTo("PASS");
        expect(post("/api/v1/assessments"), "dec.reviewer", Map.of("period", "2023Q2"), 409, "assessment.error.duplicate");

        // --- a new rule version applies to assessments created after it, not to this one
        int next = api.call(post("/api/v1/assessments/rules"), "dec.reviewer", Map.of("rules", rules(25, 25, 25, 25)))
                .get("versionNo").asInt();
        assertThat(next).isEqualTo(version + 1);
        JsonNode recomputed = api.call(post("/api/v1/assessments/{id}/recompute", id), "dec.reviewer", null);
        assertThat(recomputed.get("ruleVersion").asInt()).isEqualTo(version);
        assertThat(recomputed.get("totalScore").decimalValue()).isEqualByComparingTo("68.47");
        JsonNode first = api.call(post("/api/v1/assessments"), "dec.reviewer", Map.of("period", "2023Q1"));
        assertThat(first.get("ruleVersion").asInt()).isEqualTo(next);
        assertThat(first.get("breakdown").get("response").get("weight").asInt()).isEqualTo(25);

        // --- the vendor sees no draft; the DEC signs off; then it is immutable
        mvc.perform(get("/api/v1/assessments/{id}", id).with(as("vendor"))).andExpect(status().isNotFound());
        expect(post("/api/v1/assessments/{id}/reopen", id), "dec.reviewer", Map.of(), 409, "assessment.error.notSignedOff");
        expect(post("/api/v1/assessments/{id}/penalty", id), "dec.reviewer",
                Map.of("kind", "HOLD", "period", "2023-07", "reason", "响应超时"), 409, "assessment.error.notSignedOff");
        JsonNode signed = api.call(post("/api/v1/assessments/{id}/sign-off", id), "dec.reviewer",
                Map.of("note", "同意考核结果"));
        assertThat(signed.get("status").asString()).isEqualTo("SIGNED_OFF");
        assertThat(signed.get("signedOffBy").asString()).isEqualTo("dec.reviewer");
        String before = jdbc.queryForObject("select breakdown from asm_assessment where id = ?", String.class, id);
        expect(post("/api/v1/assessments/{id}/reopen", id), "dec.reviewer", Map.of(), 409, "assessment.error.signedOff");
        expect(post("/api/v1/assessments/{id}/recompute", id), "dec.reviewer", null, 409, "assessment.error.signedOff");
        expect(post("/api/v1/assessments/{id}/sign-off", id), "dec.reviewer", Map.of(), 409, "assessment.error.signedOff");
        // a merit entered afterwards does not change the signed-off result
        mvc.perform(multipart("/api/v1/assessments/merits")
                        .file(new MockMultipartFile("file", "创新.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}))
                        .param("awardedOn", "2023-06-20").param("kind", "INNOVATION").param("title", "智能运维平台")
                        .param("points", "30").with(as("dec.reviewer")))
                .andExpect(status().isCreated());
        JsonNode after = api.call(get("/api/v1/assessments/{id}", id), "vendor", null);
        assertThat(after.get("totalScore").decimalValue()).isEqualByComparingTo("68.47");
        assertThat(jdbc.queryForObject("select breakdown from asm_assessment where id = ?", String.class, id))
                .isEqualTo(before);

        // --- Art. 26: a payment hold booked in billing through its API, once
        expect(post("/api/v1/assessments/{id}/penalty", id), "vendor",
                Map.of("kind", "HOLD", "period", "2023-07", "reason", "x"), 403, "error.forbidden");
        JsonNode held = api.call(post("/api/v1/assessments/{id}/penalty", id), "finance",
                Map.of("kind", "HOLD", "period", "2023-07", "reason", "服务响应超时，暂缓支付"));
        long penaltyId = held.get("penaltyId").asLong();
        assertThat(held.get("penaltyKind").asString()).isEqualTo("HOLD");
        JsonNode penalties = api.call(get("/api/v1/billing/penalties?period=2023-07"), "finance", null);
        assertThat(penalties.get("content").findValuesAsString("reference"))
                .contains("供应商考核 2023Q2 (#" + id + ")");
        assertThat(penalties.get("content").findValuesAsString("id")).contains(String.valueOf(penaltyId));
        expect(post("/api/v1/assessments/{id}/penalty", id), "dec.reviewer",
                Map.of("kind", "DEDUCTION", "amount", 1000, "period", "2023-07", "reason", "再扣"), 409,
                "assessment.error.penaltyLinked");

        // --- read access and the Excel export with its inputs
        mvc.perform(get("/api/v1/assessments/{id}", id).with(as("edu.applicant"))).andExpect(status().isForbidden());
        assertThat(api.call(get("/api/v1/assessments"), "vendor", null).get("content").findValuesAsString("period"))
                .contains("2023Q2").doesNotContain("2023Q1");
        byte[] xlsx = mvc.perform(get("/api/v1/assessments/{id}/export", id).with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, Object> cells = new HashMap<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("供应商考核");
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(2) != null) {
                    cells.put(row.getCell(0).getStringCellValue() + "/" + row.getCell(1).getStringCellValue(),
                            row.getCell(2).toString());
                }
            }
        }
        assertThat(cells).containsEntry("服务响应/工单首次响应（件）", "3.0").containsEntry("总分/总分", "68.47")
                .containsEntry("服务质量/可用率（%） 弹性云主机", "99.8092").containsEntry("优良事迹/省级数字政府建设先进集体", "20.0");

        // --- every change is audited
        List<String> actions = audit.forObject("VendorAssessment", id).stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactly("assessment.create", "assessment.recompute", "assessment.signOff",
                "assessment.penalty");
        assertThat(audit.forObject("SatisfactionSurvey", survey).stream().map(AuditEntry::action).toList())
                .containsExactly("assessment.survey.open", "assessment.survey.answer", "assessment.survey.answer",
                        "assessment.survey.answer");

        // --- the survey closes; no more answers
        api.call(post("/api/v1/assessments/surveys/{id}/close", survey), "dec.reviewer", null);
        expect(post("/api/v1/assessments/surveys/{id}/answers", survey), "school.applicant",
                Map.of("satisfaction", "SATISFIED"), 409, "assessment.survey.error.closed");
        assertThat(jdbc.queryForObject("select count(*) from asm_survey_answer where survey_id = ?", Integer.class,
                survey)).isEqualTo(3);
    }

    /**
     * Two DEC users create the same period at the same moment: exactly one assessment, the other gets a 409 with the
     * localized message (never a 500 from the unique period label); the same for the period's satisfaction survey.
     * Four rounds on periods no other test assesses, each answered in another language.
     */
    @Test
    void twoDecUsersCreatingTheSamePeriodAtOnceGetOneAssessmentAndA409() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
        for (String period : List.of("2021Q1", "2021Q2", "2021Q3", "2021Q4")) {
            List<org.springframework.mock.web.MockHttpServletResponse> responses = cn.gov.dehong.cloud.support.Concurrently.run(
                    () -> create("dec.reviewer", period, "zh-CN"), () -> create("dec.acceptor", period, "en"));
            assertThat(responses).extracting(r -> r.getStatus()).as(period).containsExactlyInAnyOrder(201, 409);
            var refused = responses.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
            JsonNode problem = json.readTree(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(problem.get("code").asString()).isEqualTo("assessment.error.duplicate");
            assertThat(problem.get("status").asInt()).isEqualTo(409);
            assertThat(problem.get("detail").asString()).isEqualTo(responses.get(0) == refused
                    ? "考核期间 " + period + " 已有考核" : "The period " + period + " already has an assessment");
            assertThat(jdbc.queryForObject("select count(*) from asm_assessment where period_label = ?", Integer.class,
                    period)).isEqualTo(1);
            long id = jdbc.queryForObject("select id from asm_assessment where period_label = ?", Long.class, period);
            assertThat(audit.forObject("VendorAssessment", id)).extracting(AuditEntry::action)
                    .containsExactly("assessment.create");

            // the period's satisfaction survey, opened twice at once: the same
            List<org.springframework.mock.web.MockHttpServletResponse> surveys = cn.gov.dehong.cloud.support.Concurrently.run(
                    () -> openSurvey("dec.reviewer", period, "en"), () -> openSurvey("dec.acceptor", period, "zh-CN"));
            assertThat(surveys).extracting(r -> r.getStatus()).as(period).containsExactlyInAnyOrder(201, 409);
            var second = surveys.stream().filter(r -> r.getStatus() == 409).findFirst().orElseThrow();
            JsonNode refusedSurvey = json.readTree(second.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(refusedSurvey.get("code").asString()).isEqualTo("assessment.survey.error.duplicate");
            assertThat(refusedSurvey.get("detail").asString()).isEqualTo(surveys.get(0) == second
                    ? "The period " + period + " already has a satisfaction survey" : "考核期间 " + period + " 已有满意度调查");
            assertThat(jdbc.queryForObject("select count(*) from asm_survey where covered_period = ?", Integer.class,
                    period)).isEqualTo(1);
        }
    }

    @Test
    void twoDecUsersPublishingRulesAtOnceNeverGetA500AndEveryVersionNumberIsUsedOnce() throws Exception {
        // the seeded figures again, so that the assessments of the other tests compute as before
        for (int round = 0; round < 4; round++) {
            List<org.springframework.mock.web.MockHttpServletResponse> responses = cn.gov.dehong.cloud.support.Concurrently.run(
                    () -> publish("dec.reviewer", "zh-CN"), () -> publish("dec.acceptor", "en"));
            assertThat(responses).extracting(r -> r.getStatus()).as("round " + round)
                    .allMatch(s -> s == 201 || s == 409).contains(201);
            for (var response : responses) {
                JsonNode body = json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
                if (response.getStatus() == 409) {
                    // the loser read the same latest version as the winner and is told to reload
                    assertThat(body.get("code").asString()).isEqualTo("assessment.rules.error.concurrent");
                    assertThat(body.get("detail").asString()).containsAnyOf("请刷新后再发布", "reload and publish again");
                }
            }
        }
        assertThat(jdbc.queryForObject("select count(*) - count(distinct version_no) from asm_rule_version",
                Integer.class)).isZero();
    }

    private org.springframework.mock.web.MockHttpServletResponse publish(String user, String language) throws Exception {
        return mvc.perform(post("/api/v1/assessments/rules").with(as(user)).header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("rules", rules(30, 30, 30, 10), "note", "并发发布"))))
                .andReturn().getResponse();
    }

    private org.springframework.mock.web.MockHttpServletResponse openSurvey(String user, String period, String language)
            throws Exception {
        return mvc.perform(post("/api/v1/assessments/surveys").with(as(user)).header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("period", period, "title", period + " 满意度调查"))))
                .andReturn().getResponse();
    }

    private org.springframework.mock.web.MockHttpServletResponse create(String user, String period, String language)
            throws Exception {
        return mvc.perform(post("/api/v1/assessments").with(as(user)).header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("period", period))))
                .andReturn().getResponse();
    }

    private void ticket(long instance, LocalDateTime reportedAt, int ackAfterMinutes, String satisfaction)
            throws Exception {
        clock.setShanghai(reportedAt);
        long id = api.call(post("/api/v1/operations/tickets"), "edu.applicant", Map.of("instanceId", instance,
                "severity", "CRITICAL", "title", "业务系统访问异常", "description", "门户首页打不开，提示 502"))
                .get("ticket").get("id").asLong();
        clock.setShanghai(reportedAt.plusMinutes(ackAfterMinutes));
        api.call(post("/api/v1/operations/tickets/{id}/acknowledge", id), "vendor", Map.of("note", "已安排工程师"));
        api.call(post("/api/v1/operations/tickets/{id}/start", id), "vendor", Map.of());
        clock.setShanghai(reportedAt.plusHours(2));
        api.call(post("/api/v1/operations/tickets/{id}/resolve", id), "vendor", Map.of("note", "已恢复"));
        api.call(post("/api/v1/operations/tickets/{id}/confirm", id), "edu.leader",
                Map.of("satisfaction", satisfaction, "comment", "评价"));
    }

    private void kickoff(LocalDateTime submittedAt, LocalDateTime kickoffAt, String system) throws Exception {
        clock.setShanghai(submittedAt);
        long id = api.submitted("tax.applicant", "SPECIAL", null, true, system);
        api.call(post("/api/v1/applications/{id}/acceptance", id), "dec.acceptor", Map.of("approved", true));
        api.call(post("/api/v1/applications/{id}/reviews", id), "dec.reviewer", review());
        JsonNode reviewed = api.call(post("/api/v1/applications/{id}/reviews", id), "finance", review());
        assertThat(ApiClient.openStep(reviewed).get("stepKey").asString()).isEqualTo("vendorKickoff");
        clock.setShanghai(kickoffAt);
        String day = kickoffAt.toLocalDate().toString();
        api.call(post("/api/v1/applications/{id}/kickoff", id), "vendor",
                Map.of("kickoffOn", day, "migrationPlan", "分两批迁移，先测试后切换", "testStart", day));
    }

    private static Map<String, Object> review() {
        return Map.of("approved", true, "necessity", "业务需要", "feasibility", "技术方案可行",
                "security", "按等保三级部署", "sharingScope", "全州共享", "productsAndCost", "费用按中标价格测算");
    }

    private void incident(String fingerprint, String name, String severity, String instanceCode, String startsAt,
                          String endsAt) throws Exception {
        for (String state : new String[] {"firing", "resolved"}) {
            Map<String, Object> alert = new HashMap<>();
            alert.put("status", state);
            alert.put("labels", Map.of("alertname", name, "severity", severity, "instance_id", instanceCode));
            alert.put("annotations", Map.of("summary", name));
            alert.put("startsAt", startsAt);
            alert.put("endsAt", state.equals("firing") ? "0001-01-01T00:00:00Z" : endsAt);
            alert.put("fingerprint", fingerprint);
            String body = json.writeValueAsString(Map.of("version", "4", "status", state, "receiver", "dehong",
                    "alerts", List.of(alert)));
            mvc.perform(post("/api/v1/operations/alerts").header("Authorization", "Bearer " + TOKEN)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is2xxSuccessful());
        }
    }

    private void answer(long survey, String user, String satisfaction) throws Exception {
        JsonNode answered = api.call(post("/api/v1/assessments/surveys/{id}/answers", survey), user,
                Map.of("satisfaction", satisfaction));
        assertThat(answered.get("myAnswer").get("satisfaction").asString()).isEqualTo(satisfaction);
    }

    static Map<String, Object> rules(int response, int satisfaction, int quality, int merits) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("weightResponse", response);
        rules.put("weightSatisfaction", satisfaction);
        rules.put("weightQuality", quality);
        rules.put("weightMerits", merits);
        rules.put("pointsUnsatisfied", 0);
        rules.put("pointsSatisfied", 80);
        rules.put("pointsVerySatisfied", 100);
        rules.put("surveyShare", 50);
        rules.put("availabilityTarget", 99.9);
        rules.put("availabilityFloor", 99.0);
        rules.put("criticalDeduction", 5);
        rules.put("meritBase", 0);
        return rules;
    }

    private void expect(MockHttpServletRequestBuilder request, String user, Object body, int status, String code)
            throws Exception {
        request.with(as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }
}
