package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
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
        assertThat(tickets).anyMatch(t -> "CLOSED".equals(t.path("status").asText()));
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
        assertThat(projects).anyMatch(p -> "APPROVED".equals(p.path("status").asText()));
        List<JsonNode> trainings = items(get("/api/v1/trainings"), "dec.reviewer");
        assertThat(trainings).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void supervisionHasAPublishedBulletinAndIdleCandidates() throws Exception {
        List<JsonNode> bulletins = items(get("/api/v1/supervision/bulletins"), "dec.reviewer");
        assertThat(bulletins).anyMatch(b -> "PUBLISHED".equals(b.path("status").asText()));
        JsonNode report = read(get("/api/v1/supervision/report"), "dec.reviewer");
        assertThat(report.path("candidates")).as(report.toString()).isNotEmpty();
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
