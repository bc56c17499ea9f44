package cn.gov.dehong.cloud.platform;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.operations.internal.MonitoringAlerts;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * IDOR sweep (issue 6): every object endpoint of the API, read from the live OpenAPI document, is called by users of
 * other units with the ids of objects that belong to edu.applicant's unit, or that only the DEC, finance or the vendor
 * may touch. Every call must answer 403 or 404 (never 2xx, never a 400/409 that tells the object's state) and never
 * show the object's data; afterwards the legitimate reader's view of every object is unchanged. Paths with two
 * variables are called with both ids of the owner and, where the intruder has an object of the same kind, with the
 * intruder's own parent and the owner's child. A new object path that is neither covered nor in {@link #NOT_SWEPT}
 * fails the test. It leaves hundreds of objects of every kind behind (bills, drills, bulletins, assessments…), so it
 * runs on a database of its own: the other tests' counts stay theirs.
 */
@SpringBootTest(properties = "dehong.test.isolated-database=idor")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class IdorSweepIT {

    private static final String OWNER = "edu.applicant";
    private static final String OWN_INTRUDER = "mangshi.edu.applicant";
    /**
     * Users of other units: an applicant, a county government approver, a county aggregator, the leader of another
     * county unit and a national unit's applicant/leader/aggregator. None of them may reach unit A's objects, and none
     * holds a DEC, finance or vendor role.
     */
    private static final List<String> INTRUDERS = List.of(OWN_INTRUDER, "mangshi.gov", "mangshi.aggregator",
            "mangshi.edu.leader", "tax.applicant");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);
    /** A month for bulletins and supervision. */
    private static final String PERIOD = "2026-10";
    /**
     * Billing periods in paths: the sweep runs billing for this month, in which the owner's services run and which no
     * other test bills.
     */
    private static final String BILLING_PERIOD = "2026-09";
    private static final String YEAR = "2026";
    private static final byte[] PDF = "%PDF-1.4\n% idor sweep\n".getBytes(StandardCharsets.US_ASCII);
    /** An action body that every JSON action parses: so that the refusal comes from the object check, not the parser. */
    private static final String ACTION_BODY = """
            {"note":"x","reason":"x","comment":"x","approved":true,"accept":true,"supported":true,"opinion":"x",
             "version":0,"part":"HANDOVER","changedOn":"2026-11-25","participated":true,"findings":"x",
             "appliedOn":"2026-11-25","endDate":"2026-12-31","purgedOn":"2027-01-05","dataHandover":"x",
             "purgeMethod":"x","requestedEndDate":"2026-12-31","dataBackupConfirmed":true,"amount":"1.00",
             "title":"x","body":"x","satisfaction":"SATISFIED","outcome":"UPHELD","validTo":"2026-12",
             "name":"x","position":"x","phone":"13800000000","attended":true,"lastPeriod":"2027-06",
             "necessity":"x","feasibility":"x","security":"x","sharingScope":"x","productsAndCost":"x",
             "quantity":1,"vcpu":4,"memoryGb":8,"diskGb":100,"bandwidthMbps":0,"migrationPlan":"x",
             "kickoffOn":"2026-11-25","testStart":"2026-11-27"}""";

    /**
     * Object kinds this sweep creates: shape up to and including a variable → the kind whose id fills it. Variables
     * named period or year take {@link #PERIOD} and {@link #YEAR}.
     */
    private static final Map<String, String> COVERED = Map.ofEntries(
            Map.entry("/api/v1/applications/{}", "application"),
            Map.entry("/api/v1/services/{}", "service"),
            Map.entry("/api/v1/operations/tickets/{}", "ticket"),
            Map.entry("/api/v1/operations/tickets/{}/attachments/{}", "ticketFile"),
            Map.entry("/api/v1/security/systems/{}", "system"),
            Map.entry("/api/v1/security/inspections/{}", "inspection"),
            Map.entry("/api/v1/security/findings/{}", "finding"),
            Map.entry("/api/v1/security/access-grants/{}", "grant"),
            Map.entry("/api/v1/security/incidents/{}", "securityIncident"),
            Map.entry("/api/v1/security/secrecy-reports/{}", "secrecyReport"),
            Map.entry("/api/v1/security/closures/{}", "closure"),
            Map.entry("/api/v1/security/password-rotations/{}", "service"),
            Map.entry("/api/v1/projects/{}", "project"),
            Map.entry("/api/v1/projects/{}/documents/{}", "projectDocument"),
            Map.entry("/api/v1/supervision/recommendations/{}", "recommendation"),
            Map.entry("/api/v1/supervision/bulletins/{}", "supervisionBulletinDraft"),
            Map.entry("/api/v1/assessments/{}", "assessment"),
            Map.entry("/api/v1/assessments/merits/{}", "merit"),
            Map.entry("/api/v1/assessments/surveys/{}", "survey"),
            Map.entry("/api/v1/operations/incidents/{}", "operationsIncident"),
            Map.entry("/api/v1/operations/drills/{}", "drill"),
            Map.entry("/api/v1/operations/drills/{}/files/{}", "drillFile"),
            Map.entry("/api/v1/operations/custody/agreements/{}", "custodyAgreement"),
            Map.entry("/api/v1/operations/custody/agreements/{}/files/{}", "custodyFile"),
            Map.entry("/api/v1/operations/bulletins/{}/readers", "operationsBulletin"),
            Map.entry("/api/v1/operations/duty/shifts/{}", "dutyShift"),
            Map.entry("/api/v1/requests/{}", "changeRequest"),
            Map.entry("/api/v1/change-requests/{}", "changeRequest"),
            Map.entry("/api/v1/termination-requests/{}", "terminationRequest"),
            Map.entry("/api/v1/campaigns/{}", "campaign"),
            Map.entry("/api/v1/usage-plans/{}", "usagePlan"),
            Map.entry("/api/v1/trainings/{}/participants", "training"),
            Map.entry("/api/v1/trainings/{}/attendance", "training"),
            Map.entry("/api/v1/trainings/{}/materials", "training"),
            Map.entry("/api/v1/billing/periods/{}/units/{}", "unit"),
            Map.entry("/api/v1/billing/periods/{}/lines/{}", "billingLine"),
            Map.entry("/api/v1/billing/budgets/{}", "unit"),
            Map.entry("/api/v1/billing/joint-rules/{}", "jointRule"),
            Map.entry("/api/v1/billing/penalties/{}", "penalty"));

    /** Object paths the sweep does not fill, each with the reason. Keep it honest: add a fixture rather than a line. */
    private static final Map<String, String> NOT_SWEPT = Map.ofEntries(
            Map.entry("/api/v1/catalog/products/{}", "catalog is public to every unit by design"),
            Map.entry("/api/v1/catalog/price-lists/{}", "price lists are public to every unit by design"),
            Map.entry("/api/v1/units/{}", "the unit directory is readable by every user by design"),
            Map.entry("/api/v1/notices/{}/read", "a notice is addressed to one user; covered by notification tests"),
            Map.entry("/api/v1/trainings/{}", "trainings are published to all units by design"),
            Map.entry("/api/v1/trainings/{}/materials/{}", "training materials are published with the training"),
            Map.entry("/api/v1/assessments/surveys/{}/answers", "every unit answers every survey by design"),
            Map.entry("/api/v1/operations/bulletins/{}", "operations bulletins are published to all units by design"),
            Map.entry("/api/v1/operations/bulletins/{}/read", "operations bulletins are published to all units by design"),
            Map.entry("/api/v1/operations/bulletins/{}/files/{}", "operations bulletins are published to all units by design"));

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MutableClock clock;
    @Autowired ApplicationContext context;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

    private ApiClient api;

    @Test
    void anotherUnitNeverReadsNorChangesTheObjectsOfUnitA() throws Exception {
        api = new ApiClient(mvc, json);
        clock.setShanghai(NOW);
        OperationsFixtures fixtures = new OperationsFixtures(subscriptions, catalog, organization);
        String marker = "IDOR靶标" + System.nanoTime();
        long ownerUnit = organization.user(OWNER).orElseThrow().unitId();
        long intruderUnit = organization.user(OWN_INTRUDER).orElseThrow().unitId();
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> intruderIds = new HashMap<>();
        /** What the legitimate reader sees of each object: user and URL; must be 200 and unchanged by the sweep. */
        Map<String, String[]> views = new LinkedHashMap<>();
        ids.put("unit", ownerUnit);

        // ---- unit A's objects ---------------------------------------------------------------------------------
        // submitted without secured funds: the unit-scoped "same-level government secures the funds" step is open
        ids.put("application", api.submitted(OWNER, "SPECIAL", null, false, marker + "-系统"));
        long service = fixtures.active(OWNER, LocalDate.of(2026, 9, 1));
        ids.put("service", service);
        ids.put("ticket", ticket(OWNER, service, marker));
        ids.put("ticketFile", attach(OWNER, ids.get("ticket")));
        long system = api.call(post("/api/v1/security/systems"), OWNER, Map.of("name", marker + "-信息系统",
                "purpose", marker, "zone", "PRIVATE", "onCloud", true, "instanceIds", List.of(service))).get("id").asLong();
        ids.put("system", system);
        long inspection = api.call(post("/api/v1/security/inspections"), "security", Map.of("title", marker + "-检查",
                "plannedOn", "2026-11-26", "systemIds", List.of(system))).get("id").asLong();
        ids.put("inspection", inspection);
        ids.put("finding", api.call(post("/api/v1/security/inspections/{id}/findings", inspection), "security",
                Map.of("systemId", system, "risk", "MEDIUM", "description", marker + "-弱口令")).get("id").asLong());
        Instant now = clock.instant();
        ids.put("grant", api.call(post("/api/v1/security/access-grants"), "vendor", Map.of("instanceId", service,
                "purpose", marker + "-巡检", "actions", List.of("READ"), "validFrom", now.plus(Duration.ofHours(1)).toString(),
                "validUntil", now.plus(Duration.ofDays(2)).toString())).get("id").asLong());
        Map<String, Object> incident = new HashMap<>(Map.of("scope", "SYSTEM", "systemId", system, "severity",
                "SIGNIFICANT", "occurredAt", "2026-11-26T01:00:00Z", "title", marker + "-业务中断", "cause", "机房断电",
                "impact", "业务中断 2 小时", "handling", "切换备用电源", "vendorCaused", false));
        ids.put("securityIncident", api.call(post("/api/v1/security/incidents"), OWNER, incident).get("id").asLong());
        ids.put("secrecyReport", api.call(post("/api/v1/security/secrecy-reports"), OWNER,
                Map.of("subject", marker + "-涉密", "details", marker + " 办公系统附件中疑似有标密文件")).get("id").asLong());

        // change and termination requests waiting for the DEC; a third service terminated: its closure awaits the unit
        long changed = fixtures.active(OWNER, LocalDate.of(2026, 9, 1));
        ids.put("changeRequest", api.call(post("/api/v1/services/{id}/change-requests", changed), OWNER,
                Map.of("vcpu", 8, "memoryGb", 16, "diskGb", 100, "bandwidthMbps", 0, "quantity", 1,
                        "reason", marker + "-扩容")).get("id").asLong());
        long ended = fixtures.active(OWNER, LocalDate.of(2026, 9, 1));
        ids.put("terminationRequest", api.call(post("/api/v1/services/{id}/termination-requests", ended), OWNER,
                Map.of("reason", marker + "-下线", "dataBackupConfirmed", true, "requestedEndDate", "2026-12-31"))
                .get("id").asLong());
        long closed = fixtures.active(OWNER, LocalDate.of(2026, 9, 1));
        long termination = api.call(post("/api/v1/services/{id}/termination-requests", closed), OWNER,
                Map.of("reason", marker + "-下线", "dataBackupConfirmed", true, "requestedEndDate", "2026-12-31"))
                .get("id").asLong();
        api.call(post("/api/v1/termination-requests/{id}/review", termination), "dec.reviewer", Map.of("approved", true));
        api.call(post("/api/v1/termination-requests/{id}/decommission", termination), "vendor",
                Map.of("endDate", "2026-12-31", "dataHandover", marker + " 数据库导出文件已移交",
                        "purgeMethod", "三次覆写", "purgedOn", "2027-01-05"));
        ids.put("closure", awaitClosure(closed));

        JsonNode project = projectSubmitted(OWNER, marker + "-视频会商");
        ids.put("project", project.get("id").asLong());
        ids.put("projectDocument", project.get("documents").get(0).get("id").asLong());
        ids.put("recommendation", api.call(post("/api/v1/supervision/recommendations"), "dec.reviewer",
                Map.of("instanceId", service, "kind", "TERMINATE", "from", PERIOD, "to", PERIOD,
                        "message", marker + "-建议终止")).get("id").asLong());

        String code = subscriptions.instance(service).code();
        assertThat(MonitoringAlerts.fire(context, code, marker + "-Down", marker + "-fp", now.minus(Duration.ofHours(1))))
                .isEqualTo(1);
        ids.put("operationsIncident", incidentId(OWNER, marker + "-Down"));

        Map<String, Object> drill = new HashMap<>(Map.of("kind", "EMERGENCY", "title", marker + "-演练",
                "scenario", marker, "windowStart", "2026-12-05T22:00", "windowEnd", "2026-12-06T02:00",
                "unitIds", List.of(ownerUnit), "noBusinessImpact", true));
        ids.put("drill", api.call(post("/api/v1/operations/drills"), "vendor", drill).get("id").asLong());
        // the report is due after the window: the drill is completed with it
        clock.setShanghai(LocalDateTime.of(2026, 12, 7, 9, 0));
        ids.put("drillFile", upload(multipart("/api/v1/operations/drills/{id}/report", ids.get("drill"))
                .file(new MockMultipartFile("file", "演练报告.pdf", "application/pdf", PDF)), "vendor")
                .get("reports").get(0).get("id").asLong());
        clock.setShanghai(NOW);
        JsonNode agreement = custodyAgreement(ownerUnit, marker + "-BQ");
        ids.put("custodyAgreement", agreement.get("id").asLong());
        ids.put("custodyFile", agreement.get("files").get(0).get("id").asLong());

        // ---- DEC, finance and vendor objects: a unit user may do nothing with them ------------------------------
        long campaign = campaign(marker);
        ids.put("campaign", campaign);
        ids.put("usagePlan", usagePlan(campaign, marker));
        ids.put("assessment", assessment("2021Q4"));
        ids.put("merit", upload(multipart("/api/v1/assessments/merits")
                .file(new MockMultipartFile("file", "获奖证书.pdf", "application/pdf", PDF))
                .param("awardedOn", "2021-11-15").param("kind", "AWARD").param("title", marker + "-奖项")
                .param("points", "1"), "dec.reviewer").get("id").asLong());
        ids.put("survey", survey("2021Q4"));
        ids.put("supervisionBulletinDraft", api.call(post("/api/v1/supervision/bulletins"), "dec.reviewer",
                Map.of("from", PERIOD, "to", PERIOD)).get("id").asLong());
        ids.put("training", api.call(post("/api/v1/trainings"), "dec.reviewer", training(marker, ownerUnit))
                .get("id").asLong());
        ids.put("operationsBulletin", upload(multipart("/api/v1/operations/bulletins")
                .file(new MockMultipartFile("bulletin", "", "application/json", json.writeValueAsBytes(
                        Map.of("month", PERIOD, "title", marker + "-公告", "body", marker)))), "vendor")
                .get("id").asLong());
        ids.put("dutyShift", api.call(post("/api/v1/operations/duty/shifts"), "vendor", Map.of("personName",
                marker, "phone", "0692-8888888", "startsAt", "2027-06-01T08:00", "endsAt", "2027-06-01T20:00"))
                .get("id").asLong());
        ids.put("jointRule", api.call(post("/api/v1/billing/joint-rules"), "finance", Map.of("instanceId", changed,
                "countyId", organization.user("mangshi.aggregator").orElseThrow().unitId(), "prefecturePercent", 60,
                "countyPercent", 40, "validFrom", "2027-01", "reference", marker)).get("id").asLong());
        api.call(post("/api/v1/billing/periods/{period}/runs", BILLING_PERIOD), "finance", null);
        ids.put("billingLine", api.call(get("/api/v1/billing/periods/{period}/lines?q={code}", BILLING_PERIOD,
                subscriptions.instance(service).code()), "finance", null).get("content").get(0).get("id").asLong());
        ids.put("penalty", api.call(post("/api/v1/billing/penalties"), "finance", Map.of("period", "2021-11",
                "kind", "HOLD", "reason", marker + "-整改未完成", "reference", marker)).get("id").asLong());

        // ---- the intruder's own objects, for the two-variable paths (own parent, unit A's child) -----------------
        long intruderService = fixtures.active(OWN_INTRUDER, LocalDate.of(2026, 9, 1));
        intruderIds.put("ticket", ticket(OWN_INTRUDER, intruderService, marker + "-own"));
        intruderIds.put("project", projectSubmitted(OWN_INTRUDER, marker + "-own").get("id").asLong());
        drill.put("unitIds", List.of(intruderUnit));
        intruderIds.put("drill", api.call(post("/api/v1/operations/drills"), "vendor", drill).get("id").asLong());
        intruderIds.put("custodyAgreement", custodyAgreement(intruderUnit, marker + "-own").get("id").asLong());

        // ---- what the legitimate readers see before the sweep -----------------------------------------------------
        view(views, "application", OWNER, "/api/v1/applications/" + ids.get("application"));
        view(views, "service", OWNER, "/api/v1/services/" + service);
        view(views, "service history", OWNER, "/api/v1/services/" + service + "/history");
        view(views, "ticket", OWNER, "/api/v1/operations/tickets/" + ids.get("ticket"));
        view(views, "ticket attachment", OWNER, "/api/v1/operations/tickets/" + ids.get("ticket") + "/attachments/"
                + ids.get("ticketFile"));
        view(views, "system", OWNER, "/api/v1/security/systems/" + system);
        view(views, "finding", OWNER, "/api/v1/security/findings/" + ids.get("finding"));
        view(views, "findings of the unit", OWNER, "/api/v1/security/findings?size=500");
        view(views, "grant", OWNER, "/api/v1/security/access-grants/" + ids.get("grant"));
        view(views, "security incident", OWNER, "/api/v1/security/incidents/" + ids.get("securityIncident"));
        view(views, "secrecy report", OWNER, "/api/v1/security/secrecy-reports/" + ids.get("secrecyReport"));
        view(views, "closure", OWNER, "/api/v1/security/closures/" + ids.get("closure"));
        view(views, "password rotations", OWNER, "/api/v1/security/password-rotations");
        view(views, "change request", OWNER, "/api/v1/requests/" + ids.get("changeRequest"));
        view(views, "termination request", OWNER, "/api/v1/requests/" + ids.get("terminationRequest"));
        view(views, "project", OWNER, "/api/v1/projects/" + ids.get("project"));
        view(views, "project document", OWNER, "/api/v1/projects/" + ids.get("project") + "/documents/"
                + ids.get("projectDocument"));
        view(views, "recommendation", OWNER, "/api/v1/supervision/recommendations/" + ids.get("recommendation"));
        view(views, "operations incident", OWNER, "/api/v1/operations/incidents/" + ids.get("operationsIncident"));
        view(views, "drill", OWNER, "/api/v1/operations/drills/" + ids.get("drill"));
        view(views, "drill report", OWNER, "/api/v1/operations/drills/" + ids.get("drill") + "/files/"
                + ids.get("drillFile"));
        view(views, "custody agreement file", OWNER, "/api/v1/operations/custody/agreements/"
                + ids.get("custodyAgreement") + "/files/" + ids.get("custodyFile"));
        view(views, "custody agreements", "vendor", "/api/v1/operations/custody/agreements");
        view(views, "unit bill", OWNER, "/api/v1/billing/periods/" + BILLING_PERIOD + "/units/" + ownerUnit + "/bill");
        view(views, "billing line", "finance", "/api/v1/billing/periods/" + BILLING_PERIOD + "/lines?q="
                + subscriptions.instance(service).code());
        view(views, "unit budget", OWNER, "/api/v1/billing/budgets/" + ownerUnit + "/" + YEAR);
        view(views, "campaigns", "dec.reviewer", "/api/v1/campaigns");
        view(views, "plan candidates", "dec.reviewer", "/api/v1/campaigns/" + campaign + "/plan-candidates");
        view(views, "usage plan", "dec.reviewer", "/api/v1/usage-plans/" + ids.get("usagePlan"));
        view(views, "assessment", "dec.reviewer", "/api/v1/assessments/" + ids.get("assessment"));
        view(views, "merit evidence", "dec.reviewer", "/api/v1/assessments/merits/" + ids.get("merit") + "/evidence");
        view(views, "survey", "dec.reviewer", "/api/v1/assessments/surveys/" + ids.get("survey"));
        view(views, "supervision bulletin draft", "dec.reviewer", "/api/v1/supervision/bulletins/"
                + ids.get("supervisionBulletinDraft"));
        view(views, "training", "dec.reviewer", "/api/v1/trainings/" + ids.get("training"));
        view(views, "bulletin readers", "vendor", "/api/v1/operations/bulletins/" + ids.get("operationsBulletin")
                + "/readers");
        view(views, "duty roster", "vendor", "/api/v1/operations/duty/shifts?all=true");
        view(views, "joint rules", "finance", "/api/v1/billing/joint-rules");
        view(views, "penalties", "finance", "/api/v1/billing/penalties?period=2021-11");
        Map<String, String> before = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> view : views.entrySet()) {
            before.put(view.getKey(), read(view.getValue()[0], view.getValue()[1]));
        }

        // ---- the sweep --------------------------------------------------------------------------------------------
        List<Endpoint> endpoints = objectPaths();
        assertThat(endpoints).as("the OpenAPI document lists object endpoints").hasSizeGreaterThan(100);
        TreeSet<String> unlisted = new TreeSet<>();
        TreeSet<String> sweptShapes = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : endpoints) {
            List<String> kinds = NOT_SWEPT.containsKey(endpoint.shape()) ? null : kinds(endpoint);
            if (kinds == null) {
                if (!NOT_SWEPT.containsKey(endpoint.shape())) {
                    unlisted.add(endpoint.method() + " " + endpoint.shape());
                }
                continue;
            }
            sweptShapes.add(endpoint.shape());
            // unit A's ids for every intruder; the intruder's own parent with unit A's child for its owner
            Map<String, List<String>> urls = new LinkedHashMap<>();
            urls.put(fill(endpoint.path(), kinds, ids, ids), INTRUDERS);
            if (kinds.size() > 1 && kinds.get(0) != null && intruderIds.containsKey(kinds.get(0))) {
                urls.put(fill(endpoint.path(), kinds, intruderIds, ids), List.of(OWN_INTRUDER));
            }
            for (Map.Entry<String, List<String>> url : urls.entrySet()) {
                for (String intruder : url.getValue()) {
                    String failure = attempt(endpoint, url.getKey(), intruder, marker);
                    calls++;
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        }
        assertThat(failures).as("answers to another unit's calls that let it in or tell the object's state").isEmpty();
        assertThat(unlisted).as("object endpoints neither swept nor listed in NOT_SWEPT").isEmpty();
        for (String covered : COVERED.keySet()) {
            assertThat(sweptShapes).as("no endpoint of the covered kind %s", covered)
                    .anyMatch(s -> s.equals(covered) || s.startsWith(covered + "/"));
        }
        for (String path : NOT_SWEPT.keySet()) {
            assertThat(endpoints).as("NOT_SWEPT lists a path the API no longer has: %s", path)
                    .anyMatch(e -> e.shape().equals(path));
        }
        assertThat(calls).as("calls made").isGreaterThan(INTRUDERS.size() * 90);

        for (Map.Entry<String, String[]> view : views.entrySet()) {
            assertThat(read(view.getValue()[0], view.getValue()[1])).as("%s changed by another unit's calls", view.getKey())
                    .isEqualTo(before.get(view.getKey()));
        }
    }

    /** One call; null when it was refused as it must be, else what was wrong. */
    private String attempt(Endpoint endpoint, String url, String intruder, String marker) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (endpoint.method().equals("get")) {
            request = get(url);
        } else if (endpoint.multipart()) {
            request = multipart(HttpMethod.valueOf(endpoint.method().toUpperCase()), url)
                    .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF));
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method().toUpperCase()), url)
                    .contentType(MediaType.APPLICATION_JSON).content(ACTION_BODY);
        }
        MockHttpServletResponse response = mvc.perform(request.with(as(intruder))).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String call = endpoint.method().toUpperCase() + " " + url + " as " + intruder + " → " + response.getStatus()
                + " " + body.substring(0, Math.min(body.length(), 300));
        // a body that fails bean validation is refused before any object is looked up, the same for every id: it
        // tells nothing about the object (any other 400 might)
        boolean bodyShape = response.getStatus() == 400 && body.contains("\"code\":\"error.validation\"")
                && !endpoint.method().equals("get");
        if (response.getStatus() != 403 && response.getStatus() != 404 && !bodyShape) {
            return call;
        }
        if (body.contains(marker)) {
            return "leaks unit A's data: " + call;
        }
        return null;
    }

    /**
     * The kind of every variable of the path (null for a period or year), or null when one is not covered. The shape
     * up to a variable names its kind; for the last variable a covered longer shape also counts (an action below an
     * object of another kind, e.g. /trainings/{}/participants).
     */
    private static List<String> kinds(Endpoint endpoint) {
        List<String> kinds = new ArrayList<>();
        Matcher m = VARIABLE.matcher(endpoint.path());
        StringBuilder prefix = new StringBuilder();
        int last = 0;
        boolean anyObject = false;
        while (m.find()) {
            prefix.append(endpoint.path(), last, m.start()).append("{}");
            last = m.end();
            String upTo = prefix.toString();
            String kind = COVERED.get(upTo);
            boolean lastVariable = !VARIABLE.matcher(endpoint.path().substring(last)).find();
            if (kind == null && !lastVariable) {
                // not the last variable: only an exact prefix names it
                if (m.group(1).equals("period") || m.group(1).equals("year")) {
                    kinds.add(null);
                    continue;
                }
                return null;
            }
            if (kind == null) {
                kind = COVERED.entrySet().stream().filter(c -> c.getKey().startsWith(upTo + "/")
                                && (endpoint.shape().equals(c.getKey()) || endpoint.shape().startsWith(c.getKey() + "/")))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (kind == null && (m.group(1).equals("period") || m.group(1).equals("year"))) {
                kinds.add(null);
                continue;
            }
            if (kind == null) {
                return null;
            }
            kinds.add(kind);
            anyObject = true;
        }
        return anyObject ? kinds : null;
    }

    private static String fill(String path, List<String> kinds, Map<String, Long> first, Map<String, Long> rest) {
        Matcher m = VARIABLE.matcher(path);
        StringBuilder url = new StringBuilder();
        int i = 0;
        while (m.find()) {
            String kind = kinds.get(i);
            String value = kind == null ? (m.group(1).equals("year") ? YEAR : BILLING_PERIOD)
                    : String.valueOf((i == 0 ? first : rest).get(kind));
            m.appendReplacement(url, Matcher.quoteReplacement(value));
            i++;
        }
        m.appendTail(url);
        return url.toString();
    }

    private void view(Map<String, String[]> views, String name, String user, String url) {
        views.put(name, new String[] {user, url});
    }

    private String read(String user, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s reads %s: %s", user, url,
                response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    // ---- fixtures through the API ------------------------------------------------------------------------------

    /** A multipart request as the user, expecting 200 or 201. */
    private JsonNode upload(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 201);
        return json.readTree(response.getContentAsByteArray());
    }

    private long ticket(String user, long service, String marker) throws Exception {
        return api.call(post("/api/v1/operations/tickets"), user, Map.of("instanceId", service, "severity", "LOW",
                "title", marker + "-工单", "description", marker)).get("ticket").get("id").asLong();
    }

    private long attach(String user, long ticket) throws Exception {
        JsonNode details = upload(multipart("/api/v1/operations/tickets/{id}/attachments", ticket)
                .file(new MockMultipartFile("file", "截图.pdf", "application/pdf", PDF)), user);
        return details.get("attachments").get(0).get("id").asLong();
    }

    private JsonNode projectSubmitted(String user, String title) throws Exception {
        return upload(multipart("/api/v1/projects")
                .file(new MockMultipartFile("plan", "项目建设方案.pdf", "application/pdf", PDF))
                .param("title", title).param("justification", "平台视频会议服务不支持 1000 路并发")
                .param("scope", "会商终端 200 套").param("budget", "1280000.50").param("plannedGoLive", "2027-06-30"), user);
    }

    private JsonNode custodyAgreement(long unitId, String number) throws Exception {
        return upload(multipart("/api/v1/operations/custody/agreements")
                .file(new MockMultipartFile("agreement", "", "application/json", json.writeValueAsBytes(Map.of(
                        "unitId", unitId, "agreementNo", number, "startsOn", "2026-11-01", "endsOn", "2027-10-31"))))
                .file(new MockMultipartFile("file", "资产保全协议.pdf", "application/pdf", PDF)), "vendor");
    }

    private long awaitClosure(long instance) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            for (JsonNode closure : api.call(get("/api/v1/security/closures"), OWNER, null)) {
                if (closure.get("instanceId").asLong() == instance) {
                    return closure.get("id").asLong();
                }
            }
            assertThat(System.currentTimeMillis()).as("closure of instance %d", instance).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private long incidentId(String user, String alertName) throws Exception {
        for (JsonNode incident : api.call(get("/api/v1/operations/incidents?size=200"), user, null).get("content")) {
            if (incident.get("alertName").asString().equals(alertName)) {
                return incident.get("id").asLong();
            }
        }
        throw new AssertionError("no incident " + alertName + " for " + user);
    }

    /** A campaign for a budget year no other test uses (one campaign a year). */
    private long campaign(String marker) throws Exception {
        int year = 2040;
        for (JsonNode campaign : api.call(get("/api/v1/campaigns"), "dec.reviewer", null)) {
            year = Math.max(year, campaign.get("budgetYear").asInt() + 1);
        }
        return api.call(post("/api/v1/campaigns"), "dec.reviewer", Map.of("budgetYear", year, "title", marker + "-集中申请",
                "opensOn", "2026-09-01", "closesOn", "2026-12-31")).get("id").asLong();
    }

    /** Unit A's centralized application through aggregation, acceptance and both reviews, ranked in a usage plan. */
    private long usagePlan(long campaign, String marker) throws Exception {
        long application = api.submitted(OWNER, "CENTRALIZED", campaign, true, marker + "-集中");
        api.call(post("/api/v1/applications/{id}/aggregation", application), "edu.leader", Map.of("approved", true));
        api.call(post("/api/v1/applications/{id}/acceptance", application), "dec.acceptor", Map.of("approved", true));
        Map<String, Object> review = Map.of("approved", true, "necessity", "业务需要", "feasibility", "技术方案可行",
                "security", "按等保三级部署", "sharingScope", "全州教育系统共享", "productsAndCost", "费用按中标价格测算");
        api.call(post("/api/v1/applications/{id}/reviews", application), "finance", review);
        JsonNode planning = api.call(post("/api/v1/applications/{id}/reviews", application), "dec.reviewer", review);
        assertThat(planning.get("status").asString()).isEqualTo("PLANNING");
        return api.call(post("/api/v1/campaigns/{id}/usage-plans", campaign), "dec.reviewer",
                Map.of("ranking", List.of(application))).get("id").asLong();
    }

    /** The assessment of an ended period no other test assesses, made once per database. */
    private long assessment(String period) throws Exception {
        for (JsonNode existing : api.call(get("/api/v1/assessments?size=100"), "dec.reviewer", null).get("content")) {
            if (existing.get("period").asString().equals(period)) {
                return existing.get("id").asLong();
            }
        }
        return api.call(post("/api/v1/assessments"), "dec.reviewer", Map.of("period", period)).get("id").asLong();
    }

    /** The survey of the period, opened once per database. */
    private long survey(String period) throws Exception {
        for (JsonNode existing : api.call(get("/api/v1/assessments/surveys"), "dec.reviewer", null)) {
            if (existing.get("period").asString().equals(period)) {
                return existing.get("id").asLong();
            }
        }
        return api.call(post("/api/v1/assessments/surveys"), "dec.reviewer", Map.of("period", period,
                "title", period + " 满意度调查")).get("id").asLong();
    }

    private static Map<String, Object> training(String marker, long unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("topic", marker + "-培训");
        body.put("startsAt", "2041-03-10T09:00");
        body.put("endsAt", "2041-03-10T12:00");
        body.put("place", "州数字经济发展中心 3 楼会议室");
        body.put("audience", "LISTED");
        body.put("unitIds", List.of(unitId));
        return body;
    }

    // ---- the OpenAPI document ----------------------------------------------------------------------------------

    record Endpoint(String method, String path, String shape, boolean multipart) {
    }

    /** GET and action (POST/PUT/DELETE/PATCH) paths under /api/v1 with at least one variable named id or *Id. */
    private List<Endpoint> objectPaths() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs").with(as(OWNER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        List<Endpoint> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            Matcher m = VARIABLE.matcher(path.getKey());
            boolean objectVariable = false;
            while (m.find()) {
                objectVariable |= m.group(1).equals("id") || m.group(1).endsWith("Id");
            }
            if (!objectVariable) {
                continue;
            }
            String shape = VARIABLE.matcher(path.getKey()).replaceAll("{}");
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().properties().iterator(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    JsonNode content = method.getValue().path("requestBody").path("content");
                    result.add(new Endpoint(method.getKey(), path.getKey(), shape,
                            content.has(MediaType.MULTIPART_FORM_DATA_VALUE)));
                }
            }
        }
        return result;
    }
}
