package cn.gov.dehong.cloud.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily utilisation job against a fake Prometheus HTTP API: the range query per metric by the instance_id label,
 * daily avg/p95/max per instance and metric, unknown instances left out, a rerun replacing rather than doubling.
 */
@SpringBootTest
@Import(MutableClockConfiguration.class)
class UtilisationJobIT {

    private static final List<String> QUERIES = new CopyOnWriteArrayList<>();
    private static volatile String instanceCode = "none";
    private static final HttpServer PROMETHEUS = fakePrometheus();

    @DynamicPropertySource
    static void prometheus(DynamicPropertyRegistry registry) {
        registry.add("dehong.operations.prometheus-url",
                () -> "http://127.0.0.1:" + PROMETHEUS.getAddress().getPort() + "/");
    }

    @Autowired MutableClock clock;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcTemplate jdbc;
    @Autowired UtilisationJob job;

    @AfterAll
    static void stop() {
        PROMETHEUS.stop(0);
    }

    @Test
    void storesDailyAggregatesPerInstanceAndMetricOnceADay() {
        long instance = new OperationsFixtures(subscriptions, catalog, organization)
                .active("edu.applicant", LocalDate.of(2026, 9, 1));
        instanceCode = subscriptions.instance(instance).code();
        clock.setShanghai(LocalDateTime.of(2026, 11, 21, 1, 30));

        job.run();
        job.run();

        assertThat(QUERIES).hasSize(6);
        assertThat(QUERIES.get(0)).contains("query=dehong_instance_cpu_utilisation%7Binstance_id%21%3D%22%22%7D")
                .contains("start=" + LocalDate.of(2026, 11, 20).atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond())
                .contains("step=300s");
        List<Map<String, Object>> rows = jdbc.queryForList("select metric, sample_date, sample_count, utilisation_avg, "
                + "utilisation_p95, utilisation_max from ops_utilisation_daily where instance_id = ? order by metric", instance);
        assertThat(rows).extracting(r -> r.get("METRIC") == null ? r.get("metric") : r.get("METRIC"))
                .containsExactly("CPU", "DISK", "MEMORY");
        Map<String, Object> cpu = rows.get(0);
        assertThat(value(cpu, "sample_count")).isEqualTo(20.0);
        assertThat(value(cpu, "utilisation_avg")).isCloseTo((19 * 0.1 + 0.9) / 20, within(1e-9));
        assertThat(value(cpu, "utilisation_p95")).isEqualTo(0.1);
        assertThat(value(cpu, "utilisation_max")).isEqualTo(0.9);
        assertThat(String.valueOf(cpu.get(cpu.containsKey("SAMPLE_DATE") ? "SAMPLE_DATE" : "sample_date")))
                .isEqualTo("2026-11-20");
        assertThat(jdbc.queryForObject("select count(*) from ops_utilisation_daily where instance_code = 'SI-1999-000000-01'",
                Integer.class)).isZero();
    }

    private static double value(Map<String, Object> row, String column) {
        Object value = row.containsKey(column.toUpperCase()) ? row.get(column.toUpperCase()) : row.get(column);
        return ((Number) value).doubleValue();
    }

    /** Each metric: the test's instance (19 samples at 0.1, one at 0.9, one NaN) and an instance the platform lacks. */
    private static HttpServer fakePrometheus() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/query_range", exchange -> {
                QUERIES.add(exchange.getRequestURI().getRawQuery());
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < 20; i++) {
                    values.append("[").append(1763568000 + i * 300).append(",\"").append(i == 7 ? "0.9" : "0.1").append("\"],");
                }
                values.append("[1763574000,\"NaN\"]");
                String body = """
                        {"status":"success","data":{"resultType":"matrix","result":[
                          {"metric":{"__name__":"m","instance_id":"%s","job":"vendor"},"values":[%s]},
                          {"metric":{"__name__":"m","instance_id":"SI-1999-000000-01"},"values":[[1763568000,"0.5"]]},
                          {"metric":{"__name__":"m"},"values":[[1763568000,"0.7"]]}
                        ]}}""".formatted(instanceCode, values);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
