package cn.gov.dehong.cloud.billing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A province-scale data set on PostgreSQL, written with COPY: {@code units} agencies (prefecture-funded, in one of
 * 120 counties, or national/provincial), {@code running} service instances in production during {@code month} and
 * {@code terminatedEarlier} that ended over the three years before, with spec changes (some inside the month),
 * suspensions and terminations; then ANALYZE. Deterministic (fixed seed).
 */
public final class BenchmarkDataGenerator {

    private static final int COUNTIES = 120;
    private static final int CHUNK = 20_000;
    private static final String[] HOST_LIKE = {"ECS", "RDS", "DCH"};
    private static final String[] STORAGE = {"EVS", "OBS"};
    private static final String[] FLAT = {"VPC", "ELB", "CES", "WTP", "IDS", "CBR", "IMS", "AS", "VDI", "APP"};

    private final DataSource dataSource;
    private final Random random = new Random(20_260_101L);

    public BenchmarkDataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Counts(int units, int instances, int revisions, int statusChanges) {
    }

    public Counts generate(YearMonth month, int units, int running, int terminatedEarlier) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long root = single(connection, "select id from org_unit where kind = 'PREFECTURE' and parent_id is null");
            long nextId = single(connection, "select max(id) from org_unit") + 1;

            // 120 counties and the agencies
            StringBuilder csv = new StringBuilder();
            List<long[]> counties = new ArrayList<>();
            for (int i = 0; i < COUNTIES; i++) {
                long id = nextId++;
                counties.add(new long[] {id});
                csv.append(id).append(",BM-C").append(i).append(",基准县").append(i).append(",COUNTY,,").append(root)
                        .append(",,/").append(root).append('/').append(id).append("/,2026-01-01T00:00:00Z\n");
            }
            List<long[]> agencies = new ArrayList<>(units);
            Map<Long, String> names = new HashMap<>();
            for (int i = 0; i < units; i++) {
                long id = nextId++;
                int kind = random.nextInt(100);
                String funding;
                long parent = root;
                String county = "";
                String path = "/" + root + "/" + id + "/";
                if (kind < 40) {
                    funding = "PREFECTURE";
                } else if (kind < 95) {
                    funding = "COUNTY";
                    long countyId = counties.get(random.nextInt(COUNTIES))[0];
                    parent = countyId;
                    county = String.valueOf(countyId);
                    path = "/" + root + "/" + countyId + "/" + id + "/";
                } else {
                    funding = "NATIONAL_PROVINCIAL";
                }
                String name = "基准单位" + i;
                names.put(id, name);
                agencies.add(new long[] {id});
                csv.append(id).append(",BM-U").append(i).append(',').append(name).append(",AGENCY,").append(funding)
                        .append(',').append(parent).append(',').append(county).append(',').append(path)
                        .append(",2026-01-01T00:00:00Z\n");
            }
            copy(copy, "org_unit (id, code, name, kind, funding_kind, parent_id, county_id, path, created_at)", csv);
            exec(connection, "alter table org_unit alter column id restart with " + nextId);

            // a few units bear their costs jointly with their county (Art. 11)
            csv.setLength(0);
            for (int i = 0; i < 200; i++) {
                long unit = agencies.get(random.nextInt(agencies.size()))[0];
                long county = counties.get(random.nextInt(COUNTIES))[0];
                csv.append(unit).append(",,").append(county).append(",70.00,30.00,2023-01,,BM-JOINT-").append(i)
                        .append(",bench,2026-01-01T00:00:00Z\n");
            }
            exec(connection, "delete from bil_joint_rule");
            copy(copy, "bil_joint_rule (unit_id, instance_id, county_id, prefecture_percent, county_percent, valid_from,"
                    + " valid_to, reference, created_by, created_at)", jointRulesDeduplicated(csv));

            Map<String, Long> products = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select code, id from cat_product")) {
                while (rows.next()) {
                    products.put(rows.getString(1), rows.getLong(2));
                }
            }

            LocalDate monthStart = month.atDay(1);
            LocalDate monthEnd = month.atEndOfMonth();
            LocalDate earliest = month.minusYears(3).atDay(1);
            int total = running + terminatedEarlier;
            StringBuilder instances = new StringBuilder();
            StringBuilder revisions = new StringBuilder();
            StringBuilder statuses = new StringBuilder();
            int revisionCount = 0;
            int statusCount = 0;
            for (int id = 1; id <= total; id++) {
                long unit = agencies.get(random.nextInt(agencies.size()))[0];
                boolean inMonth = id <= running;
                LocalDate start = inMonth ? day(earliest, monthEnd) : day(earliest, monthStart.minusMonths(2));
                LocalDate end = null;
                if (!inMonth) {
                    end = day(start.plusDays(20), monthStart.minusDays(1));
                } else if (random.nextInt(100) < 3) {
                    end = day(later(start, monthStart), monthEnd);
                }
                String product = pick();
                int[] spec = spec(product);
                int quantity = 1 + random.nextInt(100) / 90;
                String status = end != null ? "TERMINATED" : random.nextInt(100) < 1 ? "SUSPENDED" : "ACTIVE";
                LocalDate testStart = start.minusDays(10);
                instances.append(id).append(",BM-").append(id).append(',').append(id).append(',').append(unit).append(',')
                        .append(names.get(unit)).append(',').append(products.get(product)).append(',').append(product)
                        .append(',').append(random.nextBoolean() ? "PRIVATE" : "PUBLIC").append(',')
                        .append(specCsv(spec)).append(',').append(quantity).append(',').append(status).append(',')
                        .append(testStart).append(',').append(start.minusDays(1)).append(',').append(start).append(',')
                        .append(end == null ? "" : end).append(",100.00,true\n");
                revisions.append(id).append(',').append(testStart).append(',').append(specCsv(spec)).append(',')
                        .append(quantity).append(",100.00\n");
                revisionCount++;
                statuses.append(status(id, "", "TESTING", testStart));
                statuses.append(status(id, "TESTING", "ACTIVE", start));
                statusCount += 2;
                LocalDate last = end != null ? end : monthEnd;
                int changes = random.nextInt(100) < 30 ? (random.nextInt(100) < 15 ? 2 : 1) : 0;
                LocalDate changeDay = start;
                for (int c = 0; c < changes && changeDay.plusDays(10).isBefore(last); c++) {
                    changeDay = day(changeDay.plusDays(5), last);
                    spec = grow(product, spec);
                    revisions.append(id).append(',').append(changeDay).append(',').append(specCsv(spec)).append(',')
                            .append(quantity).append(",120.00\n");
                    statuses.append(status(id, "ACTIVE", "CHANGING", changeDay.minusDays(3)));
                    statuses.append(status(id, "CHANGING", "ACTIVE", changeDay));
                    revisionCount++;
                    statusCount += 2;
                }
                if ("SUSPENDED".equals(status)) {
                    statuses.append(status(id, "ACTIVE", "SUSPENDED", day(later(start, monthStart), monthEnd)));
                    statusCount++;
                }
                if (end != null) {
                    statuses.append(status(id, "ACTIVE", "TERMINATED", end));
                    statusCount++;
                }
                if (id % CHUNK == 0 || id == total) {
                    copy(copy, "sub_service_instance (id, code, application_id, unit_id, unit_name, product_id,"
                            + " product_name, zone, vcpu, memory_gb, disk_gb, bandwidth_mbps, quantity, status, test_start,"
                            + " test_end, billing_start, end_date, monthly_fee_estimate, go_live_confirmed)", instances);
                    copy(copy, "sub_spec_revision (instance_id, effective_from, vcpu, memory_gb, disk_gb, bandwidth_mbps,"
                            + " quantity, monthly_fee_estimate)", revisions);
                    copy(copy, "sub_status_change (instance_id, from_status, to_status, effective_on, recorded_at, actor)",
                            statuses);
                    instances.setLength(0);
                    revisions.setLength(0);
                    statuses.setLength(0);
                }
            }
            exec(connection, "alter table sub_service_instance alter column id restart with " + (total + 1));
            connection.commit();
            connection.setAutoCommit(true);
            exec(connection, "analyze");
            return new Counts(units + COUNTIES, total, revisionCount, statusCount);
        }
    }

    /** One rule per unit: a unit drawn twice keeps its first rule (rules of one subject never overlap). */
    private static StringBuilder jointRulesDeduplicated(StringBuilder csv) {
        StringBuilder unique = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : csv.toString().split("\n")) {
            if (seen.add(line.substring(0, line.indexOf(',')))) {
                unique.append(line).append('\n');
            }
        }
        return unique;
    }

    private String pick() {
        int draw = random.nextInt(100);
        if (draw < 55) {
            return HOST_LIKE[random.nextInt(100) < 85 ? 0 : 1 + random.nextInt(2)];
        }
        if (draw < 80) {
            return STORAGE[random.nextInt(STORAGE.length)];
        }
        if (draw < 85) {
            return "DC";
        }
        return FLAT[random.nextInt(FLAT.length)];
    }

    /** vCPU, memory GB, disk GB, bandwidth Mbps (0 = not taken by the product). */
    private int[] spec(String product) {
        return switch (product) {
            case "ECS", "RDS", "DCH" -> {
                int vcpu = new int[] {2, 4, 8, 16}[random.nextInt(4)];
                yield new int[] {vcpu, vcpu * 2, new int[] {50, 100, 200, 500}[random.nextInt(4)], 0};
            }
            case "EVS", "OBS" -> new int[] {0, 0, 100 * (1 + random.nextInt(20)), 0};
            case "DC" -> new int[] {0, 0, 0, 10 * (1 + random.nextInt(10))};
            default -> new int[] {0, 0, 0, 0};
        };
    }

    private int[] grow(String product, int[] spec) {
        int[] next = spec.clone();
        switch (product) {
            case "ECS", "RDS", "DCH" -> {
                next[0] = random.nextBoolean() ? spec[0] * 2 : Math.max(1, spec[0] / 2);
                next[1] = next[0] * 2;
            }
            case "EVS", "OBS" -> next[2] = spec[2] + 100;
            case "DC" -> next[3] = spec[3] + 10;
            default -> {
            }
        }
        return next;
    }

    private static String specCsv(int[] spec) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                text.append(',');
            }
            if (spec[i] != 0) {
                text.append(spec[i]);
            }
        }
        return text.toString();
    }

    private static String status(int id, String from, String to, LocalDate on) {
        return id + "," + from + "," + to + "," + on + ",2026-01-01T00:00:00Z,bench\n";
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays(random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void copy(CopyManager copy, String table, StringBuilder csv) throws SQLException {
        if (csv.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
