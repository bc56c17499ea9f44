package cn.gov.dehong.cloud.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Service tickets (Art. 16, 19) and the duty roster (Art. 13) through the REST API: SLA measured in working hours
 * across the 2026 National Day holiday, reopen, rating, overdue list, attachments, scope and bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class TicketApiIT {

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

    private JsonNode report(String user, long instanceId, String severity, String title) throws Exception {
        return api.call(post("/api/v1/operations/tickets"), user, Map.of("instanceId", instanceId, "severity", severity,
                "title", title, "description", "门户首页打不开，提示 502"));
    }

    @Test
    void aTicketIsMeasuredInWorkingHoursAcrossTheNationalDayHolidayReopenedAndRated() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        // Wednesday 2026-09-30 15:00: HIGH = response 2 working hours, resolution 8 working hours (09:00-17:00)
        clock.setShanghai(LocalDateTime.of(2026, 9, 30, 15, 0));
        JsonNode reported = report("edu.applicant", instance, "HIGH", "门户网站无法访问").get("ticket");
        long id = reported.get("id").asLong();
        assertThat(reported.get("status").asString()).isEqualTo("OPEN");
        assertThat(reported.get("code").asString()).startsWith("GD-2026-");
        assertThat(reported.get("slaBasis").asString()).isEqualTo("WORKING_HOURS");
        // response due 17:00 the same day; resolution: 2 h on 09-30, the holiday 10-01..10-07, 6 h on 10-08
        assertThat(reported.get("responseDueAt").asString()).isEqualTo("2026-09-30T09:00:00Z");
        assertThat(reported.get("resolutionDueAt").asString()).isEqualTo("2026-10-08T07:00:00Z");
        assertThat(api.inboxKeys("vendor")).contains("operations.notice.ticketReported");

        // nobody answered before the holiday: on Thursday 10-08 10:00 the DEC sees it late
        clock.setShanghai(LocalDateTime.of(2026, 10, 8, 10, 0));
        assertThat(ids(api.call(get("/api/v1/operations/tickets/overdue"), "dec.reviewer", null))).contains(id);
        assertThat(api.call(get("/api/v1/operations/tickets/{id}", id), "dec.reviewer", null)
                .get("ticket").get("responseOverdue").asBoolean()).isTrue();
        // the unit cannot acknowledge, the vendor can
        expect(post("/api/v1/operations/tickets/{id}/acknowledge", id), "edu.applicant", Map.of(), 403, "error.forbidden");
        JsonNode acknowledged = api.call(post("/api/v1/operations/tickets/{id}/acknowledge", id), "vendor",
                Map.of("note", "已安排工程师排查")).get("ticket");
        // 2 working hours on 09-30 + 1 on 10-08; the holiday week does not count
        assertThat(acknowledged.get("responseMinutes").asLong()).isEqualTo(180);
        assertThat(acknowledged.get("responseMet").asBoolean()).isFalse();
        // resolving before acknowledging is impossible, acknowledging twice too
        expect(post("/api/v1/operations/tickets/{id}/acknowledge", id), "vendor", Map.of(), 409,
                "operations.ticket.error.transition");

        api.call(post("/api/v1/operations/tickets/{id}/start", id), "vendor", Map.of());
        expect(post("/api/v1/operations/tickets/{id}/resolve", id), "vendor", Map.of("note", " "), 400,
                "operations.ticket.error.resolutionRequired");
        clock.setShanghai(LocalDateTime.of(2026, 10, 8, 14, 0));
        JsonNode resolved = api.call(post("/api/v1/operations/tickets/{id}/resolve", id), "vendor",
                Map.of("note", "负载均衡节点故障，已切换")).get("ticket");
        assertThat(resolved.get("resolutionMinutes").asLong()).isEqualTo(120 + 300);
        assertThat(resolved.get("resolutionMet").asBoolean()).isTrue();
        assertThat(api.inboxKeys("edu.applicant")).contains("operations.notice.ticketResolved");

        // the unit reopens (reason required); the resolution clock keeps running from the report
        expect(post("/api/v1/operations/tickets/{id}/reopen", id), "edu.applicant", Map.of("note", ""), 400,
                "operations.ticket.error.reopenReason");
        JsonNode reopened = api.call(post("/api/v1/operations/tickets/{id}/reopen", id), "edu.applicant",
                Map.of("note", "下午又出现 502")).get("ticket");
        assertThat(reopened.get("status").asString()).isEqualTo("REOPENED");
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
        clock.setShanghai(LocalDateTime.of(2026, 10, 8, 16, 0));
        assertThat(ids(api.call(get("/api/v1/operations/tickets?overdue=true"), "dec.reviewer", null))).contains(id);
        JsonNode again = api.call(post("/api/v1/operations/tickets/{id}/resolve", id), "vendor",
                Map.of("note", "更换故障网卡")).get("ticket");
        assertThat(again.get("resolutionMinutes").asLong()).isEqualTo(120 + 420);
        assertThat(again.get("resolutionMet").asBoolean()).isFalse();

        // rating: UNSATISFIED needs a reason, the vendor may not rate, the unit leader closes it
        expect(post("/api/v1/operations/tickets/{id}/confirm", id), "edu.leader", Map.of("satisfaction", "UNSATISFIED"),
                400, "operations.ticket.error.unsatisfiedReason");
        expect(post("/api/v1/operations/tickets/{id}/confirm", id), "vendor", Map.of("satisfaction", "SATISFIED"), 403,
                "error.forbidden");
        JsonNode closed = api.call(post("/api/v1/operations/tickets/{id}/confirm", id), "edu.leader",
                Map.of("satisfaction", "SATISFIED", "comment", "处理及时"));
        assertThat(closed.get("ticket").get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("ticket").get("satisfaction").asString()).isEqualTo("SATISFIED");
        // the vendor's notice names the rating through its own key (满意), not the enum constant
        assertThat(api.inboxKeys("vendor")).contains("operations.notice.ticketClosed.SATISFIED");
        assertThat(closed.get("timeline")).extracting(e -> e.get("action").asString()).containsExactly("REPORTED",
                "ACKNOWLEDGED", "STARTED", "RESOLVED", "REOPENED", "RESOLVED", "CLOSED");
        assertThat(ids(api.call(get("/api/v1/operations/tickets?overdue=true"), "dec.reviewer", null))).doesNotContain(id);
        assertThat(audit.forObject("Ticket", id)).extracting(AuditEntry::action).containsExactly("ticket.report",
                "ticket.acknowledge", "ticket.started", "ticket.resolve", "ticket.reopen", "ticket.resolve",
                "ticket.close");
        expect(post("/api/v1/operations/tickets/{id}/reopen", id), "edu.applicant", Map.of("note", "x"), 409,
                "operations.ticket.error.transition");
    }

    @Test
    void aUnitReportsOnlyOnItsOwnServicesAndSeesOnlyItsOwnTickets() throws Exception {
        long eduInstance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        clock.setShanghai(LocalDateTime.of(2026, 11, 2, 9, 30));
        int before = count();
        // another unit's instance: not visible, nothing stored
        expect(post("/api/v1/operations/tickets"), "mangshi.edu.applicant", Map.of("instanceId", eduInstance,
                "severity", "LOW", "title", "x", "description", "y"), 404, "error.object.notFound");
        // the vendor does not report tickets; missing fields are refused
        expect(post("/api/v1/operations/tickets"), "vendor", Map.of("instanceId", eduInstance, "severity", "LOW",
                "title", "x", "description", "y"), 403, "error.forbidden");
        expect(post("/api/v1/operations/tickets"), "edu.applicant", Map.of("instanceId", eduInstance, "severity", "LOW",
                "title", "  ", "description", "y"), 400, "operations.ticket.error.titleRequired");
        Map<String, Object> noSeverity = new HashMap<>(Map.of("instanceId", eduInstance, "title", "x", "description", "y"));
        expect(post("/api/v1/operations/tickets"), "edu.applicant", noSeverity, 400,
                "operations.ticket.error.severityRequired");
        mvc.perform(post("/api/v1/operations/tickets").with(ApiClient.as("edu.applicant"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"instanceId\": 1, \"severity\": \"HUGE\"}"))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);

        long id = report("edu.applicant", eduInstance, "CRITICAL", "数据库连接中断").get("ticket").get("id").asLong();
        JsonNode critical = api.call(get("/api/v1/operations/tickets/{id}", id), "edu.leader", null).get("ticket");
        // critical faults are answered round the clock: 30 minutes, 4 hours
        assertThat(critical.get("slaBasis").asString()).isEqualTo("ROUND_THE_CLOCK");
        assertThat(critical.get("responseDueAt").asString()).isEqualTo("2026-11-02T02:00:00Z");
        mvc.perform(get("/api/v1/operations/tickets/{id}", id).with(ApiClient.as("mangshi.edu.applicant")))
                .andExpect(status().isNotFound());
        assertThat(ids(api.call(get("/api/v1/operations/tickets?size=200"), "mangshi.edu.applicant", null))).doesNotContain(id);
        assertThat(ids(api.call(get("/api/v1/operations/tickets?size=200&severity=CRITICAL"), "edu.applicant", null))).contains(id);
        assertThat(ids(api.call(get("/api/v1/operations/tickets?size=200&severity=LOW"), "edu.applicant", null))).doesNotContain(id);
        // the DEC's overdue list is not for units
        expect(get("/api/v1/operations/tickets/overdue"), "edu.applicant", null, 403, "error.forbidden");

        // attachments: a PDF is stored and downloadable within scope; oversized or disguised files are refused
        mvc.perform(multipart("/api/v1/operations/tickets/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "screenshot.exe.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                        .with(ApiClient.as("edu.applicant")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("operations.file.error.type"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
        mvc.perform(multipart("/api/v1/operations/tickets/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .with(ApiClient.as("edu.applicant")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("operations.file.error.tooLarge"));
        MvcResult uploaded = mvc.perform(multipart("/api/v1/operations/tickets/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "错误截图.pdf", "application/pdf", "%PDF-1.4\n%x\n".getBytes()))
                        .with(ApiClient.as("edu.applicant")))
                .andExpect(status().isOk()).andReturn();
        JsonNode attachments = api.read(uploaded).get("attachments");
        assertThat(attachments).hasSize(1);
        long fileId = attachments.get(0).get("id").asLong();
        assertThat(mvc.perform(get("/api/v1/operations/tickets/{id}/attachments/{fileId}", id, fileId)
                        .with(ApiClient.as("vendor"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).startsWith("%PDF");
        mvc.perform(get("/api/v1/operations/tickets/{id}/attachments/{fileId}", id, fileId)
                .with(ApiClient.as("mangshi.edu.applicant"))).andExpect(status().isNotFound());

        // withdrawal: only while unanswered
        api.call(post("/api/v1/operations/tickets/{id}/cancel", id), "edu.applicant", Map.of("note", "已自行恢复"));
        expect(post("/api/v1/operations/tickets/{id}/acknowledge", id), "vendor", Map.of(), 409,
                "operations.ticket.error.transition");
    }

    @Test
    void concurrentAcknowledgementsLetExactlyOneWin() throws Exception {
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        clock.setShanghai(LocalDateTime.of(2026, 11, 3, 10, 0));
        long id = report("edu.applicant", instance, "MEDIUM", "备份失败").get("ticket").get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Integer> call = () -> {
                start.await();
                return mvc.perform(post("/api/v1/operations/tickets/{id}/acknowledge", id).with(ApiClient.as("vendor"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(audit.forObject("Ticket", id)).filteredOn(e -> e.action().equals("ticket.acknowledge")).hasSize(1);
    }

    @Test
    void theVendorPublishesTheDutyRosterAndUnitsSeeTheCurrentContact() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 9, 10, 0));
        Map<String, Object> shift = Map.of("personName", "张工", "phone", "0692-1234567",
                "startsAt", "2026-11-09T08:00", "endsAt", "2026-11-10T08:00", "note", "7×24 值班");
        expect(post("/api/v1/operations/duty/shifts"), "edu.applicant", shift, 403, "error.forbidden");
        expect(post("/api/v1/operations/duty/shifts"), "vendor", Map.of("personName", "张工", "phone", "0692-1234567",
                "startsAt", "2026-11-10T08:00", "endsAt", "2026-11-09T08:00"), 400, "operations.duty.error.endBeforeStart");
        expect(post("/api/v1/operations/duty/shifts"), "vendor", Map.of("personName", "张工", "phone", "call me",
                "startsAt", "2026-11-09T08:00", "endsAt", "2026-11-10T08:00"), 400, "operations.duty.error.phone");
        expect(post("/api/v1/operations/duty/shifts"), "vendor", Map.of("personName", "张工", "phone", "0692-1234567",
                "startsAt", "2026-11-01T08:00", "endsAt", "2026-11-02T08:00"), 400, "operations.duty.error.past");
        long shiftId = api.call(post("/api/v1/operations/duty/shifts"), "vendor", shift).get("id").asLong();
        long next = api.call(post("/api/v1/operations/duty/shifts"), "vendor", Map.of("personName", "李工",
                "phone", "13800000000", "startsAt", "2026-11-10T08:00", "endsAt", "2026-11-11T08:00")).get("id").asLong();

        JsonNode current = api.call(get("/api/v1/operations/duty/current"), "edu.applicant", null);
        assertThat(current).extracting(s -> s.get("id").asLong()).contains(shiftId).doesNotContain(next);
        assertThat(current.get(0).get("phone").asString()).isNotBlank();
        clock.setShanghai(LocalDateTime.of(2026, 11, 10, 9, 0));
        assertThat(api.call(get("/api/v1/operations/duty/current"), "edu.applicant", null))
                .extracting(s -> s.get("id").asLong()).contains(next).doesNotContain(shiftId);
        // a started shift stays on record
        expect(delete("/api/v1/operations/duty/shifts/{id}", next), "vendor", null, 409, "operations.duty.error.started");
        assertThat(audit.forObject("DutyShift", shiftId)).extracting(AuditEntry::action).containsExactly("duty.publish");
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from ops_ticket", Integer.class);
    }

    @Test
    void aUnitReportsATicketOnItsOwnApplicationSystemButNotOnAnotherUnitsSystem() throws Exception {
        clock.setShanghai(LocalDateTime.of(2026, 11, 16, 10, 0));
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 9, 1));
        String suffix = String.valueOf(instance);
        long own = api.call(post("/api/v1/security/systems"), "edu.applicant", Map.of("name", "教育门户-" + suffix,
                "purpose", "门户", "zone", "PRIVATE", "onCloud", false, "endOfLifeOn", "2027-06-30")).get("id").asLong();
        long foreign = api.call(post("/api/v1/security/systems"), "tax.applicant", Map.of("name", "税务档案-" + suffix,
                "purpose", "档案", "zone", "PRIVATE", "onCloud", false, "endOfLifeOn", "2027-06-30")).get("id").asLong();
        int before = tickets();

        // another unit's system: not visible, nothing stored; an unknown system likewise
        expect(post("/api/v1/operations/tickets"), "edu.applicant", systemTicket(foreign), 404, "error.object.notFound");
        expect(post("/api/v1/operations/tickets"), "edu.applicant", systemTicket(999_999_999L), 404, "error.object.notFound");
        // an instance and a system at once, or neither
        Map<String, Object> both = new java.util.HashMap<>(systemTicket(own));
        both.put("instanceId", instance);
        expect(post("/api/v1/operations/tickets"), "edu.applicant", both, 400, "operations.ticket.error.instanceOrSystem");
        expect(post("/api/v1/operations/tickets"), "edu.applicant", Map.of("severity", "HIGH", "title", "?",
                "description", "?"), 400, "operations.ticket.error.instanceRequired");
        assertThat(tickets()).isEqualTo(before);

        JsonNode ticket = api.call(post("/api/v1/operations/tickets"), "edu.applicant", systemTicket(own)).get("ticket");
        long id = ticket.get("id").asLong();
        assertThat(ticket.get("systemId").asLong()).isEqualTo(own);
        assertThat(ticket.get("systemName").asString()).isEqualTo("教育门户-" + suffix);
        assertThat(ticket.get("instanceId").isNull()).isTrue();
        assertThat(ticket.get("unitName").asString()).isEqualTo(fixtures.user("edu.applicant").unitName());
        assertThat(tickets()).isEqualTo(before + 1);
        // the vendor finds it by the system's name and works it like any ticket; the other unit does not see it
        assertThat(ids(api.call(get("/api/v1/operations/tickets?q=教育门户-" + suffix), "vendor", null))).containsExactly(id);
        api.call(post("/api/v1/operations/tickets/{id}/acknowledge", id), "vendor", Map.of());
        expect(get("/api/v1/operations/tickets/{id}", id), "tax.applicant", null, 404, "error.object.notFound");
        assertThat(audit.forObject("Ticket", id).get(0).after()).contains("system=" + own);
    }

    private static Map<String, Object> systemTicket(long systemId) {
        return Map.of("systemId", systemId, "severity", "HIGH", "title", "登录页报错", "description", "统一身份认证回调失败");
    }

    private int tickets() {
        return jdbc.queryForObject("select count(*) from ops_ticket", Integer.class);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    private void expect(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user,
                        Object body, int status, String code) throws Exception {
        request.with(ApiClient.as(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        mvc.perform(request).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }
}
