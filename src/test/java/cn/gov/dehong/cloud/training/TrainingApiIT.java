package cn.gov.dehong.cloud.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitKind;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Training (Art. 33): planning, registration, attendance, materials and coverage through the API and the pages. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class TrainingApiIT {

    private static final byte[] PDF = "%PDF-1.4\n% slides\n".getBytes();

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;
    @Autowired TrainingCoverage trainingCoverage;
    @Autowired OrganizationDirectory organization;
    @Autowired UserDetailsService accounts;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(mvc, json);
        clock.setShanghai(LocalDateTime.of(2026, 11, 26, 10, 0));
    }

    @Test
    void unitsRegisterTheDecRecordsAttendanceAndCoverageCountsUnitsWithAttendees() throws Exception {
        long edu = organization.user("edu.applicant").orElseThrow().unitId();
        long mangshiEdu = organization.user("mangshi.edu.applicant").orElseThrow().unitId();
        long agencies = organization.units().stream().filter(u -> u.kind() == UnitKind.AGENCY).count();

        JsonNode listed = api.call(post("/api/v1/trainings"), "dec.reviewer", session("云主机运维培训",
                "2026-12-10T09:00", "2026-12-10T12:00", "州数字经济发展中心 3 楼会议室", null, "LISTED",
                List.of(edu, mangshiEdu)));
        long first = listed.get("id").asLong();
        assertThat(listed.get("audienceUnits").asInt()).isEqualTo(2);
        assertThat(listed.get("startsAt").asString()).isEqualTo("2026-12-10T01:00:00Z");
        JsonNode online = api.call(post("/api/v1/trainings"), "dec.acceptor", session("德宏云使用推广（线上）",
                "2026-12-15T15:00", "2026-12-15T17:00", null, "https://meeting.example.cn/dhy", "ALL", null));
        long second = online.get("id").asLong();
        assertThat(online.get("audienceUnits").asLong()).isEqualTo(agencies);

        // materials: the DEC uploads, anyone downloads; a file that is not what it says is refused
        mvc.perform(multipart("/api/v1/trainings/{id}/materials", first)
                        .file(new MockMultipartFile("file", "课件.pdf", "application/pdf", PDF)).with(ApiClient.as("dec.reviewer")))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/trainings/{id}/materials", first)
                        .file(new MockMultipartFile("file", "课件.pdf", "application/pdf", "MZ".getBytes()))
                        .with(ApiClient.as("dec.reviewer")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("attachment.error.type"));
        mvc.perform(multipart("/api/v1/trainings/{id}/materials", first)
                        .file(new MockMultipartFile("file", "课件.pdf", "application/pdf", PDF)).with(ApiClient.as("edu.applicant")))
                .andExpect(status().isForbidden());
        long material = api.call(get("/api/v1/trainings/{id}", first), "edu.applicant", null).get("materials").get(0)
                .get("id").asLong();
        mvc.perform(get("/api/v1/trainings/{id}/materials/{m}", first, material).with(ApiClient.as("mangshi.edu.applicant")))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));

        // registration: the same person twice (spaces do not make another person), a unit outside the audience
        long zhang = register(first, "edu.applicant", "张三", "信息科科长");
        long li = register(first, "edu.leader", "李四", "网络管理员");
        expect(post("/api/v1/trainings/{id}/participants", first), "edu.applicant",
                Map.of("name", "张 三", "position", "科长"), 409, "training.error.duplicate");
        long wang = register(first, "mangshi.edu.applicant", "王五", "技术员");
        expect(post("/api/v1/trainings/{id}/participants", first), "tax.applicant",
                Map.of("name", "赵六", "position", "科员"), 403, "training.error.notInAudience");
        expect(post("/api/v1/trainings/{id}/participants", first), "edu.applicant",
                Map.of("name", " ", "position", "科员"), 400, "training.error.participantRequired");
        long zhangAgain = register(second, "edu.applicant", "张三", "信息科科长");

        // a unit sees its own participants, the DEC all of them
        assertThat(names(api.call(get("/api/v1/trainings/{id}", first), "edu.applicant", null)))
                .containsExactlyInAnyOrder("张三", "李四");
        assertThat(names(api.call(get("/api/v1/trainings/{id}", first), "dec.reviewer", null)))
                .containsExactlyInAnyOrder("张三", "李四", "王五");

        // attendance only once the session has started; registration closes at the start
        expect(post("/api/v1/trainings/{id}/attendance", first), "dec.reviewer", Map.of("presentIds", List.of(zhang)),
                409, "training.error.notStarted");
        clock.setShanghai(LocalDateTime.of(2026, 12, 10, 9, 30));
        expect(post("/api/v1/trainings/{id}/participants", first), "edu.applicant",
                Map.of("name", "迟到者", "position", "科员"), 409, "training.error.registrationClosed");
        expect(post("/api/v1/trainings/{id}/attendance", first), "edu.applicant", Map.of("presentIds", List.of(zhang)),
                403, "error.forbidden");
        expect(post("/api/v1/trainings/{id}/attendance", first), "dec.reviewer",
                Map.of("presentIds", List.of(zhangAgain)), 400, "training.error.participantUnknown");
        JsonNode attended = api.call(post("/api/v1/trainings/{id}/attendance", first), "dec.reviewer",
                Map.of("presentIds", List.of(zhang)));
        Map<Long, Boolean> presence = new HashMap<>();
        attended.get("participants").forEach(p -> presence.put(p.get("id").asLong(), p.get("attended").asBoolean()));
        assertThat(presence).containsEntry(zhang, true).containsEntry(li, false).containsEntry(wang, false);
        clock.setShanghai(LocalDateTime.of(2026, 12, 15, 16, 0));
        api.call(post("/api/v1/trainings/{id}/attendance", second), "dec.reviewer", Map.of("presentIds", List.of(zhangAgain)));

        // coverage of December: 2 sessions; the audience is every agency; only the education bureau is covered,
        // with one distinct attendee (张三 twice) in 2 sessions; 芒市教育 registered but nobody attended
        TrainingCoverage.CoverageReport report = trainingCoverage.coverage(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertThat(report.sessions()).isEqualTo(2);
        assertThat(report.audienceUnits()).isEqualTo((int) agencies);
        assertThat(report.coveredUnits()).isEqualTo(1);
        assertThat(report.ratio()).isEqualByComparingTo(BigDecimal.ONE.divide(BigDecimal.valueOf(agencies), 4, RoundingMode.HALF_UP));
        TrainingCoverage.UnitCoverage eduRow = row(report, edu);
        assertThat(eduRow).isEqualTo(new TrainingCoverage.UnitCoverage(edu, eduRow.unitName(), eduRow.countyId(), 2, 2, 3, 1));
        TrainingCoverage.UnitCoverage mangshiRow = row(report, mangshiEdu);
        assertThat(mangshiRow.sessionsOffered()).isEqualTo(2);
        assertThat(mangshiRow.registered()).isEqualTo(1);
        assertThat(mangshiRow.covered()).isFalse();
        // only the first session falls in 1–12 December
        TrainingCoverage.CoverageReport early = trainingCoverage.coverage(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 12));
        assertThat(early.sessions()).isEqualTo(1);
        assertThat(early.audienceUnits()).isEqualTo(2);
        assertThat(early.ratio()).isEqualByComparingTo("0.5000");
        // a period without sessions is empty, not zero
        TrainingCoverage.CoverageReport empty = trainingCoverage.coverage(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        assertThat(empty.audienceUnits()).isZero();
        assertThat(empty.ratio()).isNull();

        // the API applies the data scope: a unit sees its own row only
        JsonNode own = api.call(get("/api/v1/trainings/coverage?from=2026-12-01&to=2026-12-31"), "edu.applicant", null);
        assertThat(own.get("units")).hasSize(1);
        assertThat(own.get("units").get(0).get("unitId").asLong()).isEqualTo(edu);
        expect(get("/api/v1/trainings/coverage?from=2026-12-31&to=2026-12-01"), "dec.reviewer", null, 400,
                "training.error.period");

        // pages and the Excel export
        String page = page("/trainings?from=2026-12-01&to=2026-12-31", "dec.reviewer");
        assertThat(page).contains("coverage-" + edu, "coverage-" + mangshiEdu, "session-" + first, "plan-session");
        assertThat(page("/trainings?from=2026-12-01&to=2026-12-31", "edu.applicant"))
                .contains("coverage-" + edu).doesNotContain("coverage-" + mangshiEdu, "plan-session");
        assertThat(page("/trainings?from=2025-01-01&to=2025-01-31", "finance")).contains("coverage-empty");
        assertThat(page("/trainings/" + first, "dec.reviewer")).contains("attendance-submit", "participant-" + wang);
        assertThat(page("/trainings/" + first, "edu.applicant")).doesNotContain("participant-" + wang, "register-submit");
        mvc.perform(get("/trainings/coverage/export?from=2026-12-01&to=2026-12-31")
                        .with(user(accounts.loadUserByUsername("dec.reviewer"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        assertThat(audit.forObject("TrainingSession", first)).extracting(AuditEntry::action).containsExactly(
                "training.plan", "training.material", "training.register", "training.register", "training.register",
                "training.attendance");
    }

    @Test
    void badPlansAreRefusedAndNothingIsPlanned() throws Exception {
        long before = api.call(get("/api/v1/trainings?size=1"), "dec.reviewer", null).get("page").get("totalElements").asLong();
        long prefecture = organization.units().stream().filter(u -> u.kind() == UnitKind.PREFECTURE).findFirst()
                .orElseThrow().id();
        expect(post("/api/v1/trainings"), "dec.reviewer", session("过去", "2026-11-20T09:00", "2026-11-20T10:00", "会议室",
                null, "ALL", null), 400, "training.error.startPast");
        expect(post("/api/v1/trainings"), "dec.reviewer", session("倒置", "2026-12-20T09:00", "2026-12-20T08:00", "会议室",
                null, "ALL", null), 400, "training.error.endBeforeStart");
        expect(post("/api/v1/trainings"), "dec.reviewer", session("无地点", "2026-12-20T09:00", "2026-12-20T10:00", null,
                null, "ALL", null), 400, "training.error.placeOrLink");
        expect(post("/api/v1/trainings"), "dec.reviewer", session("坏链接", "2026-12-20T09:00", "2026-12-20T10:00", null,
                "javascript:alert(1)", "ALL", null), 400, "training.error.link");
        expect(post("/api/v1/trainings"), "dec.reviewer", session("无单位", "2026-12-20T09:00", "2026-12-20T10:00", "会议室",
                null, "LISTED", List.of()), 400, "training.error.audienceEmpty");
        expect(post("/api/v1/trainings"), "dec.reviewer", session("非使用单位", "2026-12-20T09:00", "2026-12-20T10:00",
                "会议室", null, "LISTED", List.of(prefecture)), 400, "training.error.unitUnknown");
        expect(post("/api/v1/trainings"), "edu.applicant", session("单位自办", "2026-12-20T09:00", "2026-12-20T10:00",
                "会议室", null, "ALL", null), 403, "error.forbidden");
        assertThat(api.call(get("/api/v1/trainings?size=1"), "dec.reviewer", null).get("page").get("totalElements").asLong())
                .isEqualTo(before);
    }

    @Test
    void theSamePersonRegisteredTwiceAtOnceIsStoredOnceAndThePagesRegisterAndRecordAttendance() throws Exception {
        long edu = organization.user("edu.applicant").orElseThrow().unitId();
        long id = api.call(post("/api/v1/trainings"), "dec.reviewer", session("并发报名测试", "2027-02-03T09:00",
                "2027-02-03T11:00", "会议室", null, "LISTED", List.of(edu))).get("id").asLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
        for (String user : List.of("edu.applicant", "edu.leader")) {
            results.add(pool.submit(() -> {
                start.await();
                return mvc.perform(post("/api/v1/trainings/{id}/participants", id).with(ApiClient.as(user))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(Map.of("name", "周八", "position", "科员"))))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(names(api.call(get("/api/v1/trainings/{id}", id), "dec.reviewer", null))).containsExactly("周八");

        // the page forms: a unit registers, the DEC ticks who came
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        assertThat(page("/trainings/" + id, "edu.applicant")).contains("register-submit");
        mvc.perform(post("/trainings/{id}/participants", id).param("name", "吴九").param("position", "工程师")
                        .with(user(accounts.loadUserByUsername("edu.applicant"))).with(csrf))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/trainings/{id}/participants", id).param("name", "吴九").param("position", "工程师")
                        .with(user(accounts.loadUserByUsername("edu.applicant"))).with(csrf))
                .andExpect(status().isConflict());
        clock.setShanghai(LocalDateTime.of(2027, 2, 3, 9, 5));
        JsonNode session = api.call(get("/api/v1/trainings/{id}", id), "dec.reviewer", null);
        long wu = 0;
        for (JsonNode p : session.get("participants")) {
            if (p.get("name").asString().equals("吴九")) {
                wu = p.get("id").asLong();
            }
        }
        mvc.perform(post("/trainings/{id}/attendance", id).param("present", String.valueOf(wu))
                        .with(user(accounts.loadUserByUsername("dec.reviewer"))).with(csrf))
                .andExpect(status().is3xxRedirection());
        TrainingCoverage.CoverageReport report = trainingCoverage.coverage(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
        assertThat(report.units()).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo(edu);
            assertThat(u.registered()).isEqualTo(2);
            assertThat(u.attendees()).isEqualTo(1);
        });
        assertThat(report.ratio()).isEqualByComparingTo("1");
    }

    // ---- helpers ----

    private static Map<String, Object> session(String topic, String startsAt, String endsAt, String place, String link,
                                               String audience, List<Long> unitIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("topic", topic);
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("place", place);
        body.put("onlineLink", link);
        body.put("audience", audience);
        body.put("unitIds", unitIds);
        return body;
    }

    private long register(long session, String user, String name, String position) throws Exception {
        return api.call(post("/api/v1/trainings/{id}/participants", session), user,
                Map.of("name", name, "position", position)).get("id").asLong();
    }

    private static TrainingCoverage.UnitCoverage row(TrainingCoverage.CoverageReport report, long unitId) {
        return report.units().stream().filter(u -> u.unitId() == unitId).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode session) {
        List<String> names = new ArrayList<>();
        session.get("participants").forEach(p -> names.add(p.get("name").asString()));
        return names;
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
}
