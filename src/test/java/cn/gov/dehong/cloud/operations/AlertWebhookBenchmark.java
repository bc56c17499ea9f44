package cn.gov.dehong.cloud.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: the Alertmanager webhook benchmark (Art. 14), run only by {@code ./mvnw -Palert-benchmark test}
 * (H2) or {@code ./mvnw -Palert-benchmark test -Dbench.database=postgres} (scratch database, dropped and re-created);
 * see README, "Operations", and docs/benchmarks/alert-webhook.md.
 * <p>
 * Open loop over loopback HTTP to the real server: {@code bench.rate} alerts/s (default 1,000) for
 * {@code bench.seconds} (30), {@code bench.batch} alerts per webhook call (10, like an Alertmanager group), each call
 * sent at its scheduled moment whether or not the earlier ones have been answered, so a slow server shows as latency
 * (measured from the scheduled moment, no coordinated omission). {@code bench.duplicates} (10 %) of the alerts repeat
 * a fingerprint sent shortly before (often still in flight). Every alert carries {@code instance_id} of one of
 * {@code bench.instances} (40) running services, so each distinct alert opens an incident with its affected unit,
 * in-app notices, the e-mail event and the audit record: the full path. Prints accepted alerts/s, p50/p90/p99/max
 * latency, and checks exactly-once: incidents = distinct fingerprints, none doubled, every duplicate answered as a
 * repeat. Skipped unless {@code -Dbench=true} (the profile sets it).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true", disabledReason = "run with ./mvnw -Palert-benchmark test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dehong.operations.alert-token=bench-token", "logging.level.cn.gov.dehong.cloud=WARN",
        "logging.level.org.springframework.modulith=WARN", "server.tomcat.threads.max=200"})
class AlertWebhookBenchmark {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;

    @Test
    void postAlertsAtTheTargetRateAndCheckExactlyOnce() throws Exception {
        int rate = Integer.getInteger("bench.rate", 1_000);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int batch = Integer.getInteger("bench.batch", 10);
        double duplicateShare = Double.parseDouble(System.getProperty("bench.duplicates", "0.10"));
        int instanceCount = Integer.getInteger("bench.instances", 40);
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-";

        OperationsFixtures fixtures = new OperationsFixtures(subscriptions, catalog, organization);
        String[] users = {"edu.applicant", "tax.applicant", "school.applicant", "mangshi.edu.applicant"};
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < instanceCount; i++) {
            long id = fixtures.active(users[i % users.length], LocalDate.now().minusDays(60));
            codes.add(subscriptions.instance(id).code());
        }

        // the alerts, fixed before the clock starts: 10 % repeat a fingerprint of the last 200 alerts
        int total = rate * seconds;
        Random random = new Random(42);
        String[] fingerprints = new String[total];
        Set<String> distinct = new HashSet<>();
        int duplicates = 0;
        for (int i = 0; i < total; i++) {
            if (i > 0 && random.nextDouble() < duplicateShare) {
                fingerprints[i] = fingerprints[Math.max(0, i - 1 - random.nextInt(Math.min(i, 200)))];
                duplicates++;
            } else {
                fingerprints[i] = run + i;
                distinct.add(fingerprints[i]);
            }
        }
        List<String> bodies = new ArrayList<>();
        for (int start = 0; start < total; start += batch) {
            List<Map<String, Object>> alerts = new ArrayList<>();
            for (int i = start; i < Math.min(total, start + batch); i++) {
                Map<String, Object> alert = new HashMap<>();
                alert.put("status", "firing");
                alert.put("labels", Map.of("alertname", "BenchHostDown", "instance_id", codes.get(i % codes.size()),
                        "severity", "warning"));
                alert.put("annotations", Map.of("summary", "benchmark alert " + i));
                alert.put("startsAt", "2026-11-20T02:00:00Z");
                alert.put("endsAt", "0001-01-01T00:00:00Z");
                alert.put("fingerprint", fingerprints[i]);
                alerts.add(alert);
            }
            bodies.add(json.writeValueAsString(Map.of("version", "4", "status", "firing", "receiver", "dehong",
                    "alerts", alerts)));
        }

        ExecutorService executor = Executors.newFixedThreadPool(16);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/operations/alerts");
        // warm-up: one call with an alert of its own (counted below)
        String warmFingerprint = run + "warm";
        distinct.add(warmFingerprint);
        HttpResponse<String> warm = client.send(request(uri, json.writeValueAsString(Map.of("version", "4",
                "alerts", List.of(Map.of("status", "firing", "fingerprint", warmFingerprint, "labels",
                        Map.of("alertname", "BenchWarmUp", "instance_id", codes.get(0))))))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(warm.statusCode()).isEqualTo(200);

        latencies = new long[bodies.size()];
        long interval = TimeUnit.SECONDS.toNanos(1) * batch / rate;
        List<CompletableFuture<Void>> calls = new ArrayList<>(bodies.size());
        long started = System.nanoTime();
        lastDone = started;
        for (int j = 0; j < bodies.size(); j++) {
            long due = started + j * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = j;
            calls.add(send(client, uri, bodies.get(j), j, due, 1));
        }
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
        double totalSeconds = (lastDone - started) / 1e9;
        executor.shutdown();

        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        // an attempt the client gave up on may still be running on the server: wait until the count stands still
        Integer incidents = -1;
        for (Integer previous = -2; !incidents.equals(previous); Thread.sleep(3_000)) {
            previous = incidents;
            incidents = jdbc.queryForObject("select count(*) from ops_incident where fingerprint like ?", Integer.class,
                    run + "%");
        }
        Integer fingerprintsStored = jdbc.queryForObject(
                "select count(distinct fingerprint) from ops_incident where fingerprint like ?", Integer.class, run + "%");
        String database = System.getProperty("it.database", "h2");

        report("database %s, %d cores, target %,d alerts/s for %d s, %d alerts per webhook call (%,d calls)", database,
                Runtime.getRuntime().availableProcessors(), rate, seconds, batch, bodies.size());
        report("sent %,d alerts (%,d distinct fingerprints, %,d duplicates = %.1f %%) in %.1f s; last answer after %.1f s",
                total, distinct.size() - 1, duplicates, 100.0 * duplicates / total, sendSeconds, totalSeconds);
        report("accepted %,.0f alerts/s (%,.0f calls/s); latency per call from its scheduled moment: p50 %,d ms,"
                        + " p90 %,d ms, p99 %,d ms, max %,d ms; attempts sent again %,d; calls failed for good %d",
                total / totalSeconds, bodies.size() / totalSeconds, ms(sorted, 0.50), ms(sorted, 0.90),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1_000_000, retries.get(), failures.get());
        report("exactly once: %,d incidents for %,d distinct fingerprints (%,d distinct stored); webhook answered"
                        + " opened %,d, repeated %,d (a call that failed after some of its alerts were stored answers"
                        + " them as repeats when sent again)", incidents, distinct.size(), fingerprintsStored,
                opened.get() + 1, repeated.get());

        assertThat(failures.get()).isZero();
        assertThat(incidents).isEqualTo(distinct.size());
        assertThat(fingerprintsStored).isEqualTo(distinct.size());
        if (retries.get() == 0) {
            assertThat(opened.get() + 1).isEqualTo(distinct.size());
            assertThat(repeated.get()).isEqualTo(duplicates);
        }
    }

    private long[] latencies;
    private long lastDone;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger repeated = new AtomicInteger();

    /**
     * One webhook call as Alertmanager makes it: a failed call (5xx, timeout, refused) is sent again after a back-off
     * (1 s, doubling, at most 30 s), up to {@code bench.attempts} (10) attempts; the latency runs from the call's
     * scheduled moment to its final answer.
     */
    private CompletableFuture<Void> send(HttpClient client, URI uri, String body, int index, long due, int attempt) {
        int maxAttempts = Integer.getInteger("bench.attempts", 10);
        return client.sendAsync(request(uri, body), HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> {
                    boolean ok = error == null && response.statusCode() == 200;
                    if (!ok && attempt < maxAttempts) {
                        if (retries.incrementAndGet() <= 3) {
                            report("call %d attempt %d failed (sent again): %s", index, attempt, error != null
                                    ? error.toString() : response.statusCode() + " " + response.body());
                        }
                        long backoff = Math.min(30_000L, 1_000L << Math.min(attempt - 1, 5));
                        return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(backoff,
                                TimeUnit.MILLISECONDS)).thenCompose(v -> send(client, uri, body, index, due,
                                attempt + 1));
                    }
                    long now = System.nanoTime();
                    synchronized (this) {
                        latencies[index] = now - due;
                        lastDone = Math.max(lastDone, now);
                    }
                    if (!ok) {
                        failures.incrementAndGet();
                    } else {
                        try {
                            JsonNode result = json.readTree(response.body());
                            opened.addAndGet(result.get("opened").asInt());
                            repeated.addAndGet(result.get("repeated").asInt());
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    return CompletableFuture.<Void>completedFuture(null);
                }).thenCompose(next -> next);
    }

    private static HttpRequest request(URI uri, String body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer bench-token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1_000_000;
    }

    private static void report(String format, Object... args) {
        System.out.println("[alert webhook benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
