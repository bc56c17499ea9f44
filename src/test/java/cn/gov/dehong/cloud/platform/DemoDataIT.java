package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The platform started on a fresh database with the full demo data switched on ({@code dehong.test.demo-database}, see
 * {@code TestDatabaseEnvironment}): every module's demo data is created through its services, so that a change of a
 * service rule that breaks the demo fails here rather than leaving the civil servants' demo with empty pages.
 */
@SpringBootTest(properties = "dehong.test.demo-database=true")
@AutoConfigureMockMvc
class DemoDataIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    @Test
    void securityHasSystemsOnAndOffTheCloudInspectionsIncidentsAndGrants() throws Exception {
        List<JsonNode> systems = items(get("/api/v1/security/systems"), "security");
        assertThat(systems).hasSizeGreaterThanOrEqualTo(5);
        assertThat(systems).anyMatch(s -> s.get("onCloud").asBoolean() && !s.get("instanceIds").isEmpty());
        assertThat(systems).anyMatch(s -> !s.get("onCloud").asBoolean() && !s.get("plannedMigrationOn").isNull());
        assertThat(systems).anyMatch(s -> s.get("website").asBoolean() && !s.get("flags").isEmpty());
        assertThat(items(get("/api/v1/security/incidents"), "security")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items(get("/api/v1/security/findings"), "security")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(items(get("/api/v1/security/access-grants"), "vendor")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void operationsHasRatedTicketsDutyBulletinsDrillsAndIncidents() throws Exception {
        List<JsonNode> tickets = items(get("/api/v1/operations/tickets"), "vendor");
        assertThat(tickets).hasSizeGreaterThanOrEqualTo(4);
        assertThat(tickets).anyMatch(t -> "CLOSED".equals(t.path("status").asString()));
        assertThat(items(get("/api/v1/operations/bulletins"), "edu.applicant")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(items(get("/api/v1/operations/drills"), "vendor")).isNotEmpty();
        assertThat(items(get("/api/v1/operations/incidents"), "vendor")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void assessmentProjectsAndTrainingsAreThere() throws Exception {
        assertThat(items(get("/api/v1/assessments"), "dec.reviewer")).isNotEmpty();
        assertThat(items(get("/api/v1/assessments/surveys"), "dec.reviewer")).isNotEmpty();
        assertThat(items(get("/api/v1/assessments/merits"), "dec.reviewer")).isNotEmpty();
        assertThat(items(get("/api/v1/assessments/rules"), "dec.reviewer")).hasSizeGreaterThanOrEqualTo(2);
        List<JsonNode> projects = items(get("/api/v1/projects"), "dec.reviewer");
        assertThat(projects).hasSizeGreaterThanOrEqualTo(3);
        assertThat(projects).anyMatch(p -> "APPROVED".equals(p.path("status").asString()));
        List<JsonNode> trainings = items(get("/api/v1/trainings"), "dec.reviewer");
        assertThat(trainings).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void supervisionHasAPublishedBulletinAndIdleCandidates() throws Exception {
        List<JsonNode> bulletins = items(get("/api/v1/supervision/bulletins"), "dec.reviewer");
        assertThat(bulletins).anyMatch(b -> "PUBLISHED".equals(b.path("status").asString()));
        JsonNode report = read(get("/api/v1/supervision/report"), "dec.reviewer");
        assertThat(report.path("candidates")).as(report.toString()).isNotEmpty();
    }

    @Test
    void servicesInProductionForMonthsAreBilledAndMeasured() throws Exception {
        YearMonth previous = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))).minusMonths(1);
        List<JsonNode> school = items(get("/api/v1/services").param("status", "ACTIVE"), "school.applicant");
        List<JsonNode> mangshi = items(get("/api/v1/services").param("status", "ACTIVE"), "mangshi.edu.applicant");
        assertThat(school).as("the school's services in production").hasSizeGreaterThanOrEqualTo(2);
        assertThat(mangshi).as("the county unit's services in production").isNotEmpty();
        // in production since before the previous month, so that month is billed whole
        assertThat(school).allMatch(s -> LocalDate.parse(s.path("billingStart").asString()).isBefore(previous.atDay(1)));

        long schoolUnit = school.get(0).path("unitId").asLong();
        JsonNode bill = read(get("/api/v1/billing/periods/{period}/units/{unit}/bill", previous.toString(), schoolUnit),
                "school.applicant");
        assertThat(bill.path("total").decimalValue()).as(bill.toString()).isPositive();
        Set<Long> schoolIds = ids(school);
        List<JsonNode> lines = new ArrayList<>();
        bill.path("lines").path("content").forEach(lines::add);
        assertThat(lines).extracting(l -> l.path("instanceId").asLong()).containsAll(schoolIds);
        JsonNode countyBill = read(get("/api/v1/billing/periods/{period}/units/{unit}/bill", previous.toString(),
                mangshi.get(0).path("unitId").asLong()), "mangshi.edu.applicant");
        assertThat(countyBill.path("county").decimalValue()).as(countyBill.toString()).isPositive();

        // the months before the previous one are closed by finance, the previous one is open for the vendor's review
        List<JsonNode> periods = items(get("/api/v1/billing/periods"), "finance");
        assertThat(periods).anyMatch(p -> p.path("period").asString().equals(previous.toString())
                && "OPEN".equals(p.path("status").asString()) && p.path("total").decimalValue().signum() > 0);
        assertThat(periods).anyMatch(p -> p.path("period").asString().equals(previous.minusMonths(1).toString())
                && "CLOSED".equals(p.path("status").asString()));

        // the year's budgets: the school's with room left, the county unit's exceeded by what its host commits
        List<JsonNode> budgets = items(get("/api/v1/billing/budgets").param("year", String.valueOf(previous.plusMonths(1).getYear()))
                .param("size", "100"), "finance");
        assertThat(budgets).as(budgets.toString()).anyMatch(b -> b.path("unitId").asLong() == schoolUnit
                && b.path("budget").decimalValue().compareTo(new java.math.BigDecimal("30000")) == 0
                && !b.path("warning").asBoolean());
        assertThat(budgets).as(budgets.toString()).anyMatch(b -> b.path("unitId").asLong()
                == mangshi.get(0).path("unitId").asLong() && b.path("warning").asBoolean());

        JsonNode report = read(get("/api/v1/supervision/report"), "dec.reviewer");
        // the demo inventory was registered before the previous month: its adoption ratio has a denominator
        assertThat(report.path("total").path("systems").asLong()).as(report.path("total").toString()).isPositive();
        assertThat(report.path("total").path("onCloud").asLong()).as(report.path("total").toString()).isPositive();
        List<JsonNode> candidates = new ArrayList<>();
        report.path("candidates").forEach(candidates::add);
        assertThat(candidates).as(report.toString()).anyMatch(c -> "IDLE".equals(c.path("efficiency").asString())
                && ids(mangshi).contains(c.path("instanceId").asLong()) && c.path("feeFromBilling").asBoolean());
        assertThat(candidates).as(report.toString())
                .anyMatch(c -> "OVER_PROVISIONED".equals(c.path("efficiency").asString())
                        && schoolIds.contains(c.path("instanceId").asLong()) && c.path("feeFromBilling").asBoolean());
    }

    private static Set<Long> ids(List<JsonNode> instances) {
        return instances.stream().map(i -> i.path("id").asLong()).collect(Collectors.toSet());
    }

    private JsonNode read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          String user) throws Exception {
        String body = mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    /** The elements of a JSON list, or of a page's {@code content}. */
    private List<JsonNode> items(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                 String user) throws Exception {
        JsonNode node = read(request, user);
        JsonNode list = node.isArray() ? node : node.path("content");
        assertThat(list.isArray()).as(node.toString()).isTrue();
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }
}
