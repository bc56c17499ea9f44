package cn.gov.dehong.cloud.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at a fresh database, once per test JVM:
 * <ul>
 * <li>{@code -Dit.database=postgres}: drops and re-creates the scratch database of {@code it.postgres.url}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/dehong_it}, user postgres, trust auth) and uses it; with
 * {@code -Dbench.reuse=true} (benchmarks only) it keeps the database a previous run left;</li>
 * <li>otherwise the embedded default, H2 file mode in PostgreSQL compatibility, in a new temporary folder.</li>
 * </ul>
 * Its properties take precedence over everything else, so a test cannot accidentally run on a stale database.
 * A test that sets {@code dehong.test.demo-database=true} (e.g. {@code DemoDataIT}) gets a database of its own instead
 * (a second temporary folder, or the PostgreSQL database {@code <name>_demo}) with the full demo data switched on; one
 * that sets {@code dehong.test.isolated-database=<name>} gets a fresh database of that name ({@code <name>_<name>} on
 * PostgreSQL) with the test defaults.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** The database properties of each kind: "" the shared test database, "demo", or an isolated one's name. */
    private static final Map<String, Map<String, Object>> DATABASES = new HashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = "true".equals(environment.getProperty("dehong.test.demo-database"));
        String isolated = environment.getProperty("dehong.test.isolated-database", "");
        if (!isolated.isEmpty() && !isolated.matches("[a-z][a-z0-9_]{0,20}")) {
            throw new IllegalArgumentException("dehong.test.isolated-database: lower-case letters, digits, _");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase",
                demo ? database("demo", true) : database(isolated, false)));
    }

    /**
     * A fresh database per kind, made once per test JVM: the shared one (""), the demo one ({@code demo}: the demo
     * applications and the demo data of every module) or an isolated one (a test that leaves many objects behind,
     * e.g. the IDOR sweep, so that the other tests' counts stay theirs).
     */
    private static synchronized Map<String, Object> database(String kind, boolean demo) {
        Map<String, Object> existing = DATABASES.get(kind);
        if (existing != null) {
            return existing;
        }
        Map<String, Object> properties = new HashMap<>();
        try {
            properties.put("dehong.data-dir",
                    Files.createTempDirectory(kind.isEmpty() ? "dehong-test-" : "dehong-" + kind + "-test-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // timers and async jobs are run by the tests themselves (managementService.executeJob)
        properties.put("flowable.async-executor-activate", "false");
        if (demo) {
            properties.put("dehong.demo.enabled", "true");
            properties.put("dehong.demo.applications", "true");
        } else {
            // demo organisation, users and prices yes; demo applications no: tests create their own
            properties.put("dehong.demo.applications", "false");
        }
        if ("postgres".equals(System.getProperty("it.database"))) {
            String url = System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/dehong_it")
                    + (kind.isEmpty() ? "" : "_" + kind);
            // a benchmark may measure again on the data set a previous run generated (-Dbench.reuse=true)
            if (!Boolean.getBoolean("bench.reuse")) {
                recreatePostgresDatabase(url);
            }
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            if (!demo) {
                // every cached test context keeps its own pool open: small pools, idle connections given back, so
                // the contexts of one run stay well under PostgreSQL's max_connections (100)
                properties.put("spring.datasource.hikari.maximum-pool-size", "8");
                properties.put("spring.datasource.hikari.minimum-idle", "1");
                properties.put("spring.datasource.hikari.idle-timeout", "10000");
            }
        }
        DATABASES.put(kind, properties);
        return properties;
    }

    private static void recreatePostgresDatabase(String url) {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the PostgreSQL test database " + database
                    + " (is PostgreSQL running on 127.0.0.1:5432 with trust auth for user postgres?)", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
