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
import org.springframework.boot.env.EnvironmentPostProcessor;
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
 * (a second temporary folder, or the PostgreSQL database {@code <name>_demo}) with the full demo data switched on.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static Map<String, Object> properties;
    private static Map<String, Object> demoProperties;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = "true".equals(environment.getProperty("dehong.test.demo-database"));
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase",
                demo ? demoDatabaseProperties() : testDatabaseProperties()));
    }

    /** A separate, fresh database with the demo applications and the demo data of every module. */
    private static synchronized Map<String, Object> demoDatabaseProperties() {
        if (demoProperties == null) {
            demoProperties = new HashMap<>();
            try {
                demoProperties.put("dehong.data-dir", Files.createTempDirectory("dehong-demo-test-").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            demoProperties.put("flowable.async-executor-activate", "false");
            demoProperties.put("dehong.demo.enabled", "true");
            demoProperties.put("dehong.demo.applications", "true");
            if ("postgres".equals(System.getProperty("it.database"))) {
                String url = System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/dehong_it") + "_demo";
                recreatePostgresDatabase(url);
                demoProperties.put("spring.datasource.url", url);
                demoProperties.put("spring.datasource.username", "postgres");
                demoProperties.put("spring.datasource.password", "");
            }
        }
        return demoProperties;
    }

    private static synchronized Map<String, Object> testDatabaseProperties() {
        if (properties == null) {
            properties = new HashMap<>();
            try {
                Path dataDir = Files.createTempDirectory("dehong-test-");
                properties.put("dehong.data-dir", dataDir.toString());
                // timers and async jobs are run by the tests themselves (managementService.executeJob)
                properties.put("flowable.async-executor-activate", "false");
                // demo organisation, users and prices yes; demo applications no: tests create their own
                properties.put("dehong.demo.applications", "false");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if ("postgres".equals(System.getProperty("it.database"))) {
                String url = System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/dehong_it");
                // a benchmark may measure again on the data set a previous run generated (-Dbench.reuse=true)
                if (!Boolean.getBoolean("bench.reuse")) {
                    recreatePostgresDatabase(url);
                }
                properties.put("spring.datasource.url", url);
                properties.put("spring.datasource.username", "postgres");
                properties.put("spring.datasource.password", "");
                // every cached test context keeps its own pool open: small pools, idle connections given back, so
                // the contexts of one run stay well under PostgreSQL's max_connections (100)
                properties.put("spring.datasource.hikari.maximum-pool-size", "8");
                properties.put("spring.datasource.hikari.minimum-idle", "1");
                properties.put("spring.datasource.hikari.idle-timeout", "10000");
            }
        }
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
