package cn.gov.dehong.cloud.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

/**
 * Art. 14 through Alertmanager's webhook: bearer token, dedupe by fingerprint, mapping by instance_id or zone,
 * unmapped incidents for the DEC, fault and recovery notices with the duty contact and the duration. Its own
 * context, because the webhook token is configuration.
 */
@SpringBootTest(properties = "dehong.operations.alert-token=test-alert-token")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AlertWebhookIT {

    private static final String TOKEN = "Bearer test-alert-token";

    /** An in-process SMTP server on a free port, one for the whole class. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

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
        clock.setShanghai(LocalDateTime.of(2026, 11, 20, 10, 0));
    }

    @Test
    void withoutTheTokenNothingIsStoredAndMalformedJsonIsRefused() throws Exception {
        int before = incidents();
        String body = payload(alert("firing", "fp-auth-1", "HostDown", Map.of("zone", "PRIVATE"), null));
        mvc.perform(post("/api/v1/operations/alerts").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("operations.alert.error.token"));
        mvc.perform(post("/api/v1/operations/alerts").header("Authorization", "Bearer wrong")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        // a platform user's basic credentials are not the webhook's token
        mvc.perform(post("/api/v1/operations/alerts").with(ApiClient.as("vendor"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/operations/alerts").header("Authorization", TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"alerts\": [ {"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("error.malformedJson"));
        assertThat(incidents()).isEqualTo(before);
    }

    @Test
    void anInstanceAlertNotifiesItsUnitOnceWithTheDutyContactAndItsRecoveryWithTheDuration() throws Exception {
        api.call(post("/api/v1/operations/duty/shifts"), "vendor", Map.of("personName", "赵工", "phone", "0692-8888888",
                "startsAt", "2026-11-20T08:00", "endsAt", "2026-11-21T08:00"));
        long instance = fixtures.active("edu.applicant", LocalDate.of(2026, 10, 1));
        String code = subscriptions.instance(instance).code();
        Map<String, Object> firing = alert("firing", "fp-db-" + code, "MySQLDown-" + code,
                Map.of("instance_id", code, "severity", "critical"), null);

        JsonNode first = webhook(payload(firing));
        assertThat(first.get("opened").asInt()).isEqualTo(1);
        // Alertmanager repeats a firing group: no second incident, no second notice
        assertThat(webhook(payload(firing)).get("repeated").asInt()).isEqualTo(1);
        List<JsonNode> faults = notices("edu.leader", "operations.notice.fault", "MySQLDown-" + code);
        assertThat(faults).hasSize(1);
        assertThat(faults.get(0).get("arguments").toString()).contains(code, "赵工 0692-8888888");
        assertThat(notices("mangshi.edu.applicant", "operations.notice.fault", "MySQLDown-" + code)).isEmpty();
        // and by e-mail, to the unit's leader and applicant, once
        assertThat(mails("edu.leader@dehong.gov.cn", "MySQLDown-" + code)).hasSize(1);
        assertThat(mails("edu.applicant@dehong.gov.cn", "MySQLDown-" + code)).hasSize(1);
        assertThat(mails("edu.leader@dehong.gov.cn", "MySQLDown-" + code).get(0).getSubject()).contains("故障告知");
        assertThat(mails("mangshi.edu.applicant@dehong.gov.cn", "MySQLDown-" + code)).isEmpty();

        JsonNode incident = api.call(get("/api/v1/operations/incidents"), "edu.applicant", null).get("content").get(0);
        assertThat(incident.get("mapping").asString()).isEqualTo("INSTANCE");
        assertThat(incident.get("repeats").asInt()).isEqualTo(1);
        assertThat(incident.get("units").get(0).get("instanceCode").asString()).isEqualTo(code);
        long id = incident.get("id").asLong();
        mvc.perform(get("/api/v1/operations/incidents/{id}", id).with(ApiClient.as("mangshi.edu.applicant")))
                .andExpect(status().isNotFound());

        Map<String, Object> resolved = alert("resolved", "fp-db-" + code, "MySQLDown-" + code,
                Map.of("instance_id", code), "2026-11-20T03:42:00Z");
        assertThat(webhook(payload(resolved)).get("closed").asInt()).isEqualTo(1);
        List<JsonNode> recoveries = notices("edu.applicant", "operations.notice.recovery", "MySQLDown-" + code);
        assertThat(recoveries).hasSize(1);
        // 02:00Z .. 03:42Z
        assertThat(recoveries.get(0).get("arguments").get(3).asString()).isEqualTo("102");
        assertThat(mails("edu.leader@dehong.gov.cn", "故障恢复")).extracting(MimeMessage::getSubject)
                .anyMatch(subject -> subject.contains("MySQLDown-" + code));
        assertThat(api.call(get("/api/v1/operations/incidents/{id}", id), "dec.reviewer", null)
                .get("durationMinutes").asLong()).isEqualTo(102);
        // a late duplicate of the resolved message changes nothing
        assertThat(webhook(payload(resolved)).get("ignored").asInt()).isEqualTo(1);
        assertThat(audit.forObject("Incident", id)).extracting(AuditEntry::action)
                .containsExactly("incident.open", "incident.close");
    }

    @Test
    void anUnknownInstanceIsKeptForTheDecToAssignAndAZoneAlertReachesEveryUnitOnThatZone() throws Exception {
        fixtures.active("edu.applicant", LocalDate.of(2026, 10, 1));
        JsonNode result = webhook(payload(
                alert("firing", "fp-unknown-1", "DiskFull-unknown", Map.of("instance_id", "SI-1999-000000-01"), null),
                alert("firing", "fp-zone-1", "CoreSwitchDown", Map.of("zone", "专有云"), null),
                alert("firing", "fp-zone-1", "CoreSwitchDown", Map.of("zone", "专有云"), null)));
        assertThat(result.get("opened").asInt()).isEqualTo(2);
        assertThat(result.get("repeated").asInt()).isEqualTo(1);

        // the zone alert reached the unit with a running private-zone service
        assertThat(notices("edu.leader", "operations.notice.fault", "CoreSwitchDown")).hasSize(1);

        assertThat(api.inboxKeys("dec.reviewer")).contains("operations.notice.incidentUnmapped");
        JsonNode unmapped = api.call(get("/api/v1/operations/incidents?unmapped=true&size=200"), "dec.reviewer", null);
        long id = -1;
        for (JsonNode incident : unmapped.get("content")) {
            if (incident.get("fingerprint").asString().equals("fp-unknown-1")) {
                id = incident.get("id").asLong();
            }
        }
        assertThat(id).isPositive();
        long mangshi = fixtures.user("mangshi.edu.applicant").unitId();
        mvc.perform(post("/api/v1/operations/incidents/{id}/assign", id).with(ApiClient.as("edu.leader"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitIds\":[" + mangshi + "]}"))
                .andExpect(status().isForbidden());
        JsonNode assigned = api.call(post("/api/v1/operations/incidents/{id}/assign", id), "dec.reviewer",
                Map.of("unitIds", List.of(mangshi)));
        assertThat(assigned.get("mapping").asString()).isEqualTo("ASSIGNED");
        assertThat(notices("mangshi.edu.applicant", "operations.notice.fault", "DiskFull-unknown")).hasSize(1);
    }

    @Test
    void concurrentCallsRepeatingOneAlertOpenOneIncidentAndCountEveryRepeat() throws Exception {
        String body = payload(alert("firing", "fp-race-1", "RaceAlert", Map.of("zone", "PUBLIC"), null));
        int threads = 8;
        int callsEach = 5;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<int[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                start.await();
                int[] counts = new int[2];
                for (int i = 0; i < callsEach; i++) {
                    JsonNode result = webhook(body);
                    counts[0] += result.get("opened").asInt();
                    counts[1] += result.get("repeated").asInt();
                }
                return counts;
            }));
        }
        start.countDown();
        int opened = 0;
        int repeated = 0;
        for (var result : results) {
            int[] counts = result.get(2, java.util.concurrent.TimeUnit.MINUTES);
            opened += counts[0];
            repeated += counts[1];
        }
        pool.shutdown();
        // every call answered 200 (webhook() checks it); one incident, every other call a repeat, none lost
        assertThat(opened).isEqualTo(1);
        assertThat(repeated).isEqualTo(threads * callsEach - 1);
        assertThat(jdbc.queryForObject("select count(*) from ops_incident where fingerprint = 'fp-race-1'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select repeats from ops_incident where fingerprint = 'fp-race-1'", Integer.class))
                .isEqualTo(threads * callsEach - 1);
    }

    private JsonNode webhook(String body) throws Exception {
        return api.read(mvc.perform(post("/api/v1/operations/alerts").header("Authorization", TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk()).andReturn());
    }

    private String payload(Map<?, ?>... alerts) throws Exception {
        return json.writeValueAsString(Map.of("version", "4", "status", "firing", "receiver", "dehong",
                "alerts", List.of(alerts)));
    }

    private static Map<String, Object> alert(String status, String fingerprint, String name, Map<String, String> labels,
                                             String endsAt) {
        Map<String, String> allLabels = new HashMap<>(labels);
        allLabels.put("alertname", name);
        Map<String, Object> alert = new HashMap<>();
        alert.put("status", status);
        alert.put("labels", allLabels);
        alert.put("annotations", Map.of("summary", name + " on monitored target"));
        alert.put("startsAt", "2026-11-20T02:00:00Z");
        alert.put("endsAt", endsAt == null ? "0001-01-01T00:00:00Z" : endsAt);
        alert.put("fingerprint", fingerprint);
        alert.put("generatorURL", "http://prometheus:9090/graph");
        return alert;
    }

    private List<JsonNode> notices(String user, String key, String alertName) throws Exception {
        JsonNode inbox = api.call(get("/api/v1/notices?size=200"), user, null);
        List<JsonNode> found = new ArrayList<>();
        inbox.get("content").forEach(n -> {
            if (n.get("messageKey").asString().equals(key) && n.get("arguments").get(0).asString().equals(alertName)) {
                found.add(n);
            }
        });
        return found;
    }

    /**
     * The messages for this recipient and alert. Mail goes out after the commit, asynchronously: wait up to 10 s for
     * the first one (an expected absence therefore costs the wait, once).
     */
    private List<MimeMessage> mails(String recipient, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
                if (message.getSubject().contains(subjectPart)) {
                    found.add(message);
                }
            }
            if (!found.isEmpty() || System.currentTimeMillis() > deadline) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    private int incidents() {
        return jdbc.queryForObject("select count(*) from ops_incident", Integer.class);
    }
}
