package cn.gov.dehong.cloud.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * Art. 14 end to end with the real monitoring stack: Debian's Prometheus scrapes this running platform's
 * {@code /actuator/prometheus}, a rule fires on a gauge the test controls, Debian's Alertmanager posts to the
 * webhook with the bearer token, and the owning unit gets an incident and a fault notice (in-app and e-mail); the
 * gauge going back to 0 closes the incident with a recovery notice. Debian's node_exporter runs beside them and the
 * sample's {@code node} job must scrape it. The configurations are the samples in
 * {@code docs/ops/} with only ports, token and intervals replaced, so the samples are tested too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dehong.operations.alert-token=" + MonitoringStackIT.TOKEN)
@AutoConfigureMockMvc
@AutoConfigureMetrics
class MonitoringStackIT {

    static final String TOKEN = "test-monitoring-token";
    private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    private static final Path ALERTMANAGER = Path.of("/usr/bin/prometheus-alertmanager");
    private static final Path NODE_EXPORTER = Path.of("/usr/bin/prometheus-node-exporter");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static Path dir;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @LocalServerPort int appPort;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired MeterRegistry meters;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

    @AfterAll
    static void stopStack() {
        PROCESSES.forEach(Process::destroyForcibly);
        for (Process process : PROCESSES) {
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PROCESSES.clear();
        if (dir != null) {
            FileSystemUtils.deleteRecursively(dir.toFile());
        }
    }

    @Test
    void aFiringRuleReachesTheOwningUnitAndItsResolutionClosesTheIncident() throws Exception {
        if (!Files.isExecutable(PROMETHEUS) || !Files.isExecutable(ALERTMANAGER) || !Files.isExecutable(NODE_EXPORTER)) {
            fail(PROMETHEUS + ", " + ALERTMANAGER + " or " + NODE_EXPORTER + " is missing: install the Debian packages "
                    + "prometheus, prometheus-alertmanager and prometheus-node-exporter (.ci/run does)");
        }
        ApiClient api = new ApiClient(mvc, json);
        long instance = new OperationsFixtures(subscriptions, catalog, organization)
                .active("edu.applicant", LocalDate.now().minusMonths(2));
        String code = subscriptions.instance(instance).code();
        AtomicInteger probe = new AtomicInteger();
        Gauge.builder("dehong_test_probe", probe, AtomicInteger::get).tag("instance_id", code).register(meters);

        dir = Files.createTempDirectory("dehong-monitoring");
        int prometheusPort = freePort();
        int alertmanagerPort = freePort();
        int nodePort = freePort();
        startAlertmanager(dir, alertmanagerPort);
        startNodeExporter(dir, nodePort);
        startPrometheus(dir, prometheusPort, alertmanagerPort, nodePort);
        awaitReady("http://127.0.0.1:" + alertmanagerPort + "/-/ready", dir);
        awaitReady("http://127.0.0.1:" + prometheusPort + "/-/ready", dir);
        // the sample's node job: Prometheus scrapes the host's node_exporter (up = 1, its memory series present)
        await("node_exporter scraped", dir, () -> query(prometheusPort, "up{job=\"node\"} == 1"));
        await("node memory series", dir, () -> query(prometheusPort, "node_memory_MemTotal_bytes{job=\"node\"}"));

        probe.set(1);
        JsonNode incident = await("an incident for " + code, dir, () -> incident(api, code, true));
        assertThat(incident.get("mapping").asString()).isEqualTo("INSTANCE");
        assertThat(incident.get("severity").asString()).isEqualTo("critical");
        assertThat(incident.get("units").get(0).get("instanceCode").asString()).isEqualTo(code);
        await("a fault notice", dir, () -> notice(api, "operations.notice.fault"));
        await("a fault e-mail", dir, () -> mail("edu.leader@dehong.gov.cn", "故障告知"));

        probe.set(0);
        JsonNode closed = await("the incident closed", dir, () -> incident(api, code, false));
        assertThat(closed.get("id").asLong()).isEqualTo(incident.get("id").asLong());
        assertThat(closed.get("endsAt").isNull()).isFalse();
        await("a recovery notice", dir, () -> notice(api, "operations.notice.recovery"));
        await("a recovery e-mail", dir, () -> mail("edu.leader@dehong.gov.cn", "故障恢复"));
    }

    private void startAlertmanager(Path dir, int port) throws IOException {
        String config = sample("alertmanager.yml")
                .replace("http://127.0.0.1:8080/", "http://127.0.0.1:" + appPort + "/")
                .replace("credentials: demo-alert-token", "credentials: " + TOKEN)
                .replace("group_interval: 5s", "group_interval: 1s");
        Path file = Files.writeString(dir.resolve("alertmanager.yml"), config);
        start(dir, "alertmanager", ALERTMANAGER.toString(), "--config.file=" + file,
                "--storage.path=" + Files.createDirectories(dir.resolve("alertmanager-data")),
                "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=");
    }

    /** Only the collectors the check needs, so that it starts fast and reads nothing it need not. */
    private void startNodeExporter(Path dir, int port) throws IOException {
        start(dir, "node-exporter", NODE_EXPORTER.toString(), "--web.listen-address=127.0.0.1:" + port,
                "--collector.disable-defaults", "--collector.meminfo", "--collector.cpu");
    }

    /** The result vector of an instant query when it is not empty, else null. */
    private static JsonNode query(int prometheusPort, String promql) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + prometheusPort + "/api/v1/query?query="
                                + java.net.URLEncoder.encode(promql, java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return null;
        }
        JsonNode result = new ObjectMapper().readTree(response.body()).path("data").path("result");
        return result.isArray() && !result.isEmpty() ? result : null;
    }

    private void startPrometheus(Path dir, int port, int alertmanagerPort, int nodePort) throws IOException {
        Files.writeString(dir.resolve("alert-rules.yml"), sample("alert-rules.yml"));
        Files.writeString(dir.resolve("test-rules.yml"), """
                groups:
                  - name: dehong-test
                    rules:
                      - alert: DehongTestProbe
                        expr: dehong_test_probe > 0
                        for: 0s
                        labels:
                          severity: critical
                        annotations:
                          summary: 'Test probe of {{ $labels.instance_id }}'
                """);
        String config = sample("prometheus.yml")
                .replace("scrape_interval: 15s", "scrape_interval: 1s")
                .replace("evaluation_interval: 15s", "evaluation_interval: 1s")
                .replace("  - alert-rules.yml", "  - alert-rules.yml\n  - test-rules.yml")
                .replace("'127.0.0.1:9093'", "'127.0.0.1:" + alertmanagerPort + "'")
                .replace("'127.0.0.1:8080'", "'127.0.0.1:" + appPort + "'")
                .replace("'127.0.0.1:9100'", "'127.0.0.1:" + nodePort + "'");
        Path file = Files.writeString(dir.resolve("prometheus.yml"), config);
        start(dir, "prometheus", PROMETHEUS.toString(), "--config.file=" + file,
                "--storage.tsdb.path=" + Files.createDirectories(dir.resolve("prometheus-data")),
                "--web.listen-address=127.0.0.1:" + port, "--rules.alert.resend-delay=1s");
    }

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("docs/ops", name));
    }

    private static void start(Path dir, String name, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        PROCESSES.add(process);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(String url, Path dir) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        await(url + " ready", dir, () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200 ? Boolean.TRUE : null;
            } catch (IOException | InterruptedException e) {
                return null;
            }
        });
    }

    /** Polls until the supplier gives a non-null value; on timeout fails with the tails of both processes' logs. */
    private static <T> T await(String what, Path dir, CheckedSupplier<T> check) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (Process process : PROCESSES) {
                if (!process.isAlive()) {
                    fail(process.info().command().orElse("process") + " exited with " + process.exitValue()
                            + "\n" + logs(dir));
                }
            }
            T value = check.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        return fail("No " + what + " within " + PATIENCE + "\n" + logs(dir));
    }

    private static String logs(Path dir) {
        StringBuilder logs = new StringBuilder();
        for (String name : List.of("prometheus.log", "alertmanager.log", "node-exporter.log")) {
            try {
                List<String> lines = Files.readAllLines(dir.resolve(name));
                logs.append("--- ").append(name).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())))
                        .append('\n');
            } catch (IOException e) {
                logs.append("--- ").append(name).append(" unreadable\n");
            }
        }
        return logs.toString();
    }

    private static JsonNode incident(ApiClient api, String code, boolean open) throws Exception {
        for (JsonNode incident : api.call(get("/api/v1/operations/incidents?size=200"), "edu.applicant", null)
                .get("content")) {
            if (incident.get("alertName").asString().equals("DehongTestProbe")
                    && code.equals(incident.get("instanceLabel").asString())
                    && incident.get("open").asBoolean() == open) {
                return incident;
            }
        }
        return null;
    }

    private static JsonNode notice(ApiClient api, String key) throws Exception {
        for (JsonNode notice : api.call(get("/api/v1/notices?size=200"), "edu.leader", null).get("content")) {
            if (notice.get("messageKey").asString().equals(key)
                    && notice.get("arguments").get(0).asString().equals("DehongTestProbe")) {
                return notice;
            }
        }
        return null;
    }

    private static MimeMessage mail(String recipient, String subjectPart) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(recipient)) {
            if (message.getSubject().contains(subjectPart) && message.getSubject().contains("DehongTestProbe")) {
                return message;
            }
        }
        return null;
    }

    @FunctionalInterface
    interface CheckedSupplier<T> {
        T get() throws Exception;
    }
}
