package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * IDOR sweep (issue 6): every object endpoint of the API, read from the live OpenAPI document, is called by a user
 * of another unit (mangshi.edu.applicant) with the ids of objects that belong to edu.applicant's unit. Reads must
 * answer 403 or 404 and never show the owner's data; actions must change nothing (the owner's view of the object is
 * the same before and after). A new object path that is neither covered nor in {@link #NOT_SWEPT} fails the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdorSweepIT {

    private static final String OWNER = "edu.applicant";
    /** Users of other units: an applicant, a same-level government approver and an aggregator of another subtree. */
    private static final List<String> INTRUDERS = List.of("mangshi.edu.applicant", "mangshi.gov", "mangshi.aggregator");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Object types this sweep creates for the owner: path prefix (up to the variable) → object kind. */
    private static final Map<String, String> COVERED = Map.of(
            "/api/v1/applications/{}", "application",
            "/api/v1/services/{}", "service",
            "/api/v1/operations/tickets/{}", "ticket",
            "/api/v1/security/systems/{}", "system",
            "/api/v1/security/inspections/{}", "inspection",
            "/api/v1/security/findings/{}", "finding");

    /** Object paths the sweep does not fill, each with the reason. Keep it honest: add a fixture rather than a line. */
    private static final Map<String, String> NOT_SWEPT = Map.ofEntries(
            Map.entry("/api/v1/catalog/products/{}", "catalog is public to every unit by design"),
            Map.entry("/api/v1/catalog/price-lists/{}", "price lists are public to every unit by design"),
            Map.entry("/api/v1/units/{}", "the unit directory is readable by every user by design"),
            Map.entry("/api/v1/notices/{}/read", "a notice is addressed to one user; covered by notification tests"),
            Map.entry("/api/v1/trainings/{}", "trainings are published to all units; no per-unit object"),
            Map.entry("/api/v1/trainings/{}/participants", "training organiser action (DEC role), role-checked"),
            Map.entry("/api/v1/trainings/{}/attendance", "training organiser action (DEC role), role-checked"),
            Map.entry("/api/v1/supervision/recommendations/{}", "no cheap fixture yet (recommendation needs a supervision run)"),
            Map.entry("/api/v1/supervision/recommendations/{}/answer", "no cheap fixture yet (recommendation needs a supervision run)"),
            Map.entry("/api/v1/supervision/bulletins/{}", "bulletins are DEC-authored and published to all units"),
            Map.entry("/api/v1/supervision/bulletins/{}/publish", "DEC-only action, role-checked"),
            Map.entry("/api/v1/assessments/{}", "no cheap fixture yet (assessment needs a computed period)"),
            Map.entry("/api/v1/assessments/{}/recompute", "DEC-only action, role-checked"),
            Map.entry("/api/v1/assessments/{}/sign-off", "DEC-only action, role-checked"),
            Map.entry("/api/v1/assessments/{}/reopen", "DEC-only action, role-checked"),
            Map.entry("/api/v1/assessments/{}/penalty", "DEC-only action, role-checked"),
            Map.entry("/api/v1/assessments/{}/export", "no cheap fixture yet (assessment needs a computed period)"),
            Map.entry("/api/v1/assessments/merits/{}/evidence", "no cheap fixture yet (merit evidence upload)"),
            Map.entry("/api/v1/assessments/surveys/{}", "surveys are addressed to all units"),
            Map.entry("/api/v1/assessments/surveys/{}/close", "DEC-only action, role-checked"),
            Map.entry("/api/v1/assessments/surveys/{}/answers", "surveys are addressed to all units"),
            Map.entry("/api/v1/billing/joint-rules/{}/end", "finance-only action, role-checked"),
            Map.entry("/api/v1/billing/penalties/{}/release", "finance-only action, role-checked"),
            Map.entry("/api/v1/projects/{}", "no cheap fixture yet (project needs its own workflow)"),
            Map.entry("/api/v1/projects/{}/opinions", "reviewer action, role-checked"),
            Map.entry("/api/v1/projects/{}/decision", "approver action, role-checked"),
            Map.entry("/api/v1/campaigns/{}/close", "DEC-only action on a county-wide campaign"),
            Map.entry("/api/v1/campaigns/{}/plan-candidates", "campaigns are county-wide, not unit objects"),
            Map.entry("/api/v1/campaigns/{}/usage-plans", "campaigns are county-wide, not unit objects"),
            Map.entry("/api/v1/usage-plans/{}", "no cheap fixture yet (usage plan needs a closed campaign)"),
            Map.entry("/api/v1/usage-plans/{}/decision", "approver action, role-checked"),
            Map.entry("/api/v1/requests/{}", "no cheap fixture yet (change/termination request needs a running service workflow)"),
            Map.entry("/api/v1/change-requests/{}/reviews", "DEC action, role-checked"),
            Map.entry("/api/v1/change-requests/{}/completion", "vendor action, role-checked"),
            Map.entry("/api/v1/termination-requests/{}/review", "DEC action, role-checked"),
            Map.entry("/api/v1/termination-requests/{}/decommission", "vendor action, role-checked"),
            Map.entry("/api/v1/operations/bulletins/{}", "operations bulletins are published to all units"),
            Map.entry("/api/v1/operations/bulletins/{}/read", "operations bulletins are published to all units"),
            Map.entry("/api/v1/operations/bulletins/{}/readers", "operator-only view, role-checked"),
            Map.entry("/api/v1/operations/drills/{}", "no cheap fixture yet (drill plan)"),
            Map.entry("/api/v1/operations/drills/{}/acknowledge", "no cheap fixture yet (drill plan)"),
            Map.entry("/api/v1/operations/drills/{}/participation", "no cheap fixture yet (drill plan)"),
            Map.entry("/api/v1/operations/incidents/{}", "no cheap fixture yet (operations incident)"),
            Map.entry("/api/v1/operations/incidents/{}/assign", "operator action, role-checked"),
            Map.entry("/api/v1/security/secrecy-reports/{}", "no cheap fixture yet"),
            Map.entry("/api/v1/security/secrecy-reports/{}/handling", "security officer action, role-checked"),
            Map.entry("/api/v1/security/closures/{}", "no cheap fixture yet (closure needs a high-risk finding)"),
            Map.entry("/api/v1/security/closures/{}/confirmations", "no cheap fixture yet (closure needs a high-risk finding)"),
            Map.entry("/api/v1/security/closures/{}/disputes", "no cheap fixture yet (closure needs a high-risk finding)"),
            Map.entry("/api/v1/security/access-grants/{}", "no cheap fixture yet (vendor access request)"),
            Map.entry("/api/v1/security/access-grants/{}/approve", "no cheap fixture yet (vendor access request)"),
            Map.entry("/api/v1/security/access-grants/{}/refuse", "no cheap fixture yet (vendor access request)"),
            Map.entry("/api/v1/security/incidents/{}", "no cheap fixture yet (security incident)"),
            Map.entry("/api/v1/security/incidents/{}/penalty", "security officer action, role-checked"),
            Map.entry("/api/v1/operations/duty/shifts/{}", "operator duty roster, not a unit object; role-checked"),
            Map.entry("/api/v1/supervision/bulletins/{}/pdf", "bulletins are DEC-authored and published to all units"),
            Map.entry("/api/v1/operations/drills/{}/report", "no cheap fixture yet (drill plan)"),
            Map.entry("/api/v1/security/password-rotations/{}/confirmations", "no cheap fixture yet (password rotation plan)"),
            Map.entry("/api/v1/trainings/{}/materials", "training organiser action (DEC role), role-checked"));

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

    @Test
    void anotherUnitNeverReadsNorChangesTheObjectsOfUnitA() throws Exception {
        ApiClient api = new ApiClient(mvc, json);
        OperationsFixtures fixtures = new OperationsFixtures(subscriptions, catalog, organization);
        String marker = "IDOR靶标" + System.nanoTime();

        // submitted without secured funds: the unit-scoped "same-level government secures the funds" step is open
        long application = api.submitted(OWNER, "SPECIAL", null, false, marker + "-系统");
        long service = fixtures.active(OWNER, LocalDate.of(2026, 9, 1));
        long ticket = api.call(post("/api/v1/operations/tickets"), OWNER, Map.of("instanceId", service,
                "severity", "LOW", "title", marker + "-工单", "description", marker)).get("ticket").get("id").asLong();
        long system = api.call(post("/api/v1/security/systems"), OWNER, Map.of("name", marker + "-信息系统",
                "purpose", marker, "zone", "PRIVATE", "onCloud", true, "instanceIds", List.of(service))).get("id").asLong();
        long inspection = api.call(post("/api/v1/security/inspections"), "security", Map.of("title", marker + "-检查",
                "plannedOn", "2026-11-26", "systemIds", List.of(system))).get("id").asLong();
        long finding = api.call(post("/api/v1/security/inspections/{id}/findings", inspection), "security",
                Map.of("systemId", system, "risk", "MEDIUM", "description", marker + "-弱口令")).get("id").asLong();
        Map<String, Long> ids = Map.of("application", application, "service", service, "ticket", ticket,
                "system", system, "inspection", inspection, "finding", finding);
        Map<String, String> ownerViews = Map.of(
                "application", "/api/v1/applications/" + application,
                "service", "/api/v1/services/" + service,
                "ticket", "/api/v1/operations/tickets/" + ticket,
                "system", "/api/v1/security/systems/" + system,
                "finding", "/api/v1/security/findings/" + finding,
                "findings of the unit", "/api/v1/security/findings?size=500");

        Map<String, String> before = new LinkedHashMap<>();
        for (Map.Entry<String, String> view : ownerViews.entrySet()) {
            before.put(view.getKey(), ownerView(view.getValue()));
            assertThat(before.get(view.getKey())).as("the owner sees its own %s", view.getKey())
                    .containsAnyOf(marker, "\"id\":" + service);
        }

        List<String[]> objectPaths = objectPaths();
        assertThat(objectPaths).as("the OpenAPI document lists object endpoints").hasSizeGreaterThan(20);
        TreeSet<String> unlisted = new TreeSet<>();
        List<String> swept = new ArrayList<>();
        for (String intruder : INTRUDERS) {
        for (String[] endpoint : objectPaths) {
            String method = endpoint[0];
            String path = endpoint[1];
            String shape = VARIABLE.matcher(path).replaceAll("{}");
            String kind = COVERED.entrySet().stream()
                    .filter(c -> shape.equals(c.getKey()) || shape.startsWith(c.getKey() + "/"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (kind == null) {
                if (!NOT_SWEPT.containsKey(shape)) {
                    unlisted.add(method + " " + shape);
                }
                continue;
            }
            String url = VARIABLE.matcher(path).replaceAll(String.valueOf(ids.get(kind)));
            MockHttpServletResponse response = method.equals("get")
                    ? mvc.perform(get(url).with(as(intruder))).andReturn().getResponse()
                    : mvc.perform(request(method, url).with(as(intruder)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"note\":\"x\",\"reason\":\"x\",\"approved\":true,\"decision\":\"APPROVE\"}"))
                            .andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (method.equals("get")) {
                assertThat(response.getStatus()).as("%s %s as %s: %s", method, url, intruder, body).isIn(403, 404);
            } else {
                // a body the action cannot parse may be refused (400/415) before the object is even looked up
                assertThat(response.getStatus()).as("%s %s as %s: %s", method, url, intruder, body)
                        .isIn(400, 403, 404, 405, 409, 415);
                if (response.getStatus() == 409) {
                    // known: a workflow action whose step is not open answers 409 before the candidate check; it
                    // tells that the step is closed, nothing of the object's content
                    assertThat(body).as("%s %s as %s", method, url, intruder).contains("error.step.notOpen");
                }
            }
            assertThat(body).as("%s %s leaks unit A's data", method, url).doesNotContain(marker);
            swept.add(method + " " + url);
        }
        }
        assertThat(unlisted).as("object endpoints neither swept nor listed in NOT_SWEPT").isEmpty();
        assertThat(swept).as("the sweep called the endpoints of every covered kind")
                .anyMatch(s -> s.contains("/applications/")).anyMatch(s -> s.contains("/services/"))
                .anyMatch(s -> s.contains("/tickets/")).anyMatch(s -> s.contains("/systems/"))
                .anyMatch(s -> s.contains("/findings/")).anyMatch(s -> s.contains("/inspections/"))
                .hasSizeGreaterThan(30);
        for (String path : NOT_SWEPT.keySet()) {
            assertThat(objectPaths).as("NOT_SWEPT lists a path the API no longer has: %s", path)
                    .anyMatch(p -> VARIABLE.matcher(p[1]).replaceAll("{}").equals(path));
        }

        for (Map.Entry<String, String> view : ownerViews.entrySet()) {
            assertThat(ownerView(view.getValue())).as("%s changed by another unit's calls", view.getKey())
                    .isEqualTo(before.get(view.getKey()));
        }
    }

    private String ownerView(String url) throws Exception {
        return mvc.perform(get(url).with(as(OWNER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request(String method, String url) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(
                org.springframework.http.HttpMethod.valueOf(method.toUpperCase()), url);
    }

    /** GET and action (POST/PUT/DELETE) paths under /api/v1 with exactly one variable named id or *Id. */
    private List<String[]> objectPaths() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs").with(as(OWNER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        List<String[]> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            Matcher m = VARIABLE.matcher(path.getKey());
            List<String> variables = new ArrayList<>();
            while (m.find()) {
                variables.add(m.group(1));
            }
            if (variables.size() != 1 || !(variables.get(0).equals("id") || variables.get(0).endsWith("Id"))) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    result.add(new String[] {method, path.getKey()});
                }
            }
        }
        return result;
    }
}
