package cn.gov.dehong.cloud.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import cn.gov.dehong.cloud.billing.BenchmarkDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Not a test: the supervision benchmark, run only by {@code ./mvnw -Pbenchmark test -Dtest=SupervisionBenchmark}
 * (see README, "Supervision"). On the billing benchmark's province-scale data set (10,000 units, 115,000 instances,
 * 100,000 running in the month) it adds 30,000 application systems, 2,000 findings, one charge line per running
 * instance, the daily utilisation of the measured month (3 metrics × 100,000 instances × every day ≈ 9.3 M rows) and
 * of {@code bench.dailyMonths - 1} months before (12 months ≈ 110 M rows), pre-aggregated by the real monthly job,
 * and generated monthly pre-aggregates further back ({@code bench.months}, 36 in all); then times the
 * prefecture-wide report and ranking (20 runs, p95) from the daily rows (live) and from the pre-aggregate, the page,
 * and 12- and 36-month reports. Sizes as the billing benchmark. {@code -Dbench.reuse=true} measures again on the
 * data set the previous run left in the database.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true", disabledReason = "run with ./mvnw -Pbenchmark test")
@SpringBootTest(properties = {"dehong.billing.cron=-", "dehong.supervision.efficiency-cron=-"})
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class SupervisionBenchmark {

    private static final int RUNS = 20;
    /** The live path scans the month's daily rows twice; a few runs show its order of magnitude. */
    private static final int LIVE_RUNS = Integer.getInteger("bench.liveRuns", 3);
    /** Months of data in all (daily or pre-aggregated), back from the measured month. */
    private static final int MONTHS = Integer.getInteger("bench.months", 36);
    /** Months of daily utilisation rows, back from the measured month (12 ≈ 110 M rows at 100,000 instances). */
    private static final int DAILY_MONTHS = Integer.getInteger("bench.dailyMonths", 1);
    /** Measure again on the data set a previous run left (no generation). */
    private static final boolean REUSE = Boolean.getBoolean("bench.reuse");

    @Autowired DataSource dataSource;
    @Autowired SupervisionReports reports;
    @Autowired RankingService ranking;
    @Autowired EfficiencyStore efficiency;
    @Autowired Clock clock;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService accounts;

    @Test
    void prefectureWideReportOfAProvince() throws Exception {
        int units = Integer.getInteger("bench.units", 10_000);
        int running = Integer.getInteger("bench.running", 100_000);
        int terminated = Integer.getInteger("bench.terminated", 15_000);
        YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"))).minusMonths(1);

        SupervisionReports.Period one = new SupervisionReports.Period(month, month);
        if (!REUSE) {
            generate(month, units, running, terminated);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*), min(sample_date), max(sample_date),"
                     + " (select count(*) from sup_efficiency_monthly), (select count(*) from sup_efficiency_month),"
                     + " pg_size_pretty(pg_database_size(current_database())) from ops_utilisation_daily")) {
            rs.next();
            report("data set: %,d daily utilisation rows (%s to %s), %,d monthly pre-aggregate rows of %d months,"
                    + " database %s", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                    rs.getString(6));
        }
        SupervisionReport stored = reports.compute(one, null, null, null, null);
        report("prefecture-wide %s: %,d units, %,d systems (%,d on the cloud), %,d instances measured, %,d idle, %,d"
                        + " over-provisioned, fee at stake ¥%,.2f", month, stored.units().size(), stored.total().systems(),
                stored.total().onCloud(), stored.total().measuredInstances(), stored.total().idle(),
                stored.total().overProvisioned(), stored.total().feeAtStake());
        assertThat(stored.total().measuredInstances()).isGreaterThanOrEqualTo(running * 9L / 10);
        boolean pageOnly = Boolean.getBoolean("bench.pageOnly");
        if (!pageOnly) {
            time("report of one month from the pre-aggregate", () -> reports.compute(one, null, null, null, null));
            time("ranking of one month (report + scores of units and counties)", () -> ranking.ranking(one));
        }
        var dec = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("dec.reviewer"));
        time("prefecture-wide page GET /supervision (HTML, units page 1 of 50 rows, 200 candidates, 200 not"
                + " migrated)", () -> {
            try {
                return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .get("/supervision").param("from", month.toString()).param("to", month.toString())
                                .with(dec)).andReturn().getResponse().getContentAsString().length();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (pageOnly || Boolean.getBoolean("bench.skipYear")) {
            return;
        }
        SupervisionReports.Period year = new SupervisionReports.Period(month.minusMonths(11), month);
        time("report of 12 months from the pre-aggregate", () -> reports.compute(year, null, null, null, null));
        SupervisionReports.Period all = new SupervisionReports.Period(month.minusMonths(MONTHS - 1), month);
        time("report of " + MONTHS + " months from the pre-aggregate", 5,
                () -> reports.compute(all, null, null, null, null));
    }

    /**
     * The data set: billing's province (units, instances, charges), application systems and findings, the daily
     * utilisation of the measured month and of the {@code bench.dailyMonths - 1} months before (pre-aggregated by
     * the real monthly job, {@link EfficiencyStore#refresh}), and generated monthly pre-aggregates further back, up to
     * {@code bench.months} months in all. Times the live path (daily rows) against the pre-aggregate on the way.
     */
    private void generate(YearMonth month, int units, int running, int terminated) throws SQLException {
        long t0 = System.nanoTime();
        new BenchmarkDataGenerator(dataSource).generate(month, units, running, terminated);
        report("billing data set generated in %.1f s", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        long[] rows = supervisionData(month);
        report("supervision data: %,d systems, %,d daily utilisation rows of %s, %,d generated monthly pre-aggregate"
                + " rows of the %d months before the daily ones, %,d charge lines; COPY and analyze in %.1f s",
                rows[0], rows[1], month, rows[2], MONTHS - DAILY_MONTHS, rows[3], (System.nanoTime() - t0) / 1e9);
        SupervisionReports.Period one = new SupervisionReports.Period(month, month);
        SupervisionReport live = reports.compute(one, null, null, null, null);
        time("report of one month from the daily rows (live)", LIVE_RUNS,
                () -> reports.compute(one, null, null, null, null));
        t0 = System.nanoTime();
        int refreshed = efficiency.refresh(month);
        report("monthly pre-aggregate of %s: %,d instances in %.1f s", month, refreshed, (System.nanoTime() - t0) / 1e9);
        assertThat(reports.compute(one, null, null, null, null).total()).isEqualTo(live.total());
        for (int back = 1; back < DAILY_MONTHS; back++) {
            YearMonth earlier = month.minusMonths(back);
            t0 = System.nanoTime();
            long inserted = dailyRows(earlier);
            double generated = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            refreshed = efficiency.refresh(earlier);
            report("%s: %,d daily rows generated in %.1f s, pre-aggregated (%,d instances) in %.1f s", earlier,
                    inserted, generated, refreshed, (System.nanoTime() - t0) / 1e9);
        }
        if (DAILY_MONTHS > 1) {
            try (Connection connection = dataSource.getConnection()) {
                exec(connection, "analyze");
            }
        }
    }

    /** One month of daily utilisation rows, generated in the database (the same profiles as {@link #supervisionData}). */
    private long dailyRows(YearMonth month) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate("insert into " + UTILISATION + " select i.id, i.code, i.unit_id, m.metric,"
                    + " d::date, 288, x.v * 0.7, x.v, least(1.0, x.v * 1.3), timestamp with time zone '2026-01-01"
                    + " 00:00:00+00' from sub_service_instance i"
                    + " cross join generate_series(date '" + month.atDay(1) + "', date '" + month.atEndOfMonth()
                    + "', interval '1 day') d"
                    + " cross join (values ('CPU', 1), ('MEMORY', 2), ('DISK', 3)) m(metric, k)"
                    + " cross join lateral (select least(1.0, (case when (i.id * 7919) % 100 < 10"
                    + " then (array[0.02, 0.05, 0.30])[m.k] when (i.id * 7919) % 100 < 25"
                    + " then (array[0.15, 0.55, 0.60])[m.k] else (array[0.55, 0.70, 0.65])[m.k] end)"
                    + " * (case when random() < 0.05 then 8 else 0.7 + random() * 0.6 end)) as v) x"
                    + " where i.code like 'BM-%' and i.status <> 'TERMINATED'");
        }
    }

    private void time(String label, Supplier<?> work) {
        time(label, RUNS, work);
    }

    private void time(String label, int runs, Supplier<?> work) {
        work.get();
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double p95 = seconds[(int) Math.ceil(runs * 0.95) - 1];
        report("%s: median %.3f s, p95 %.3f s, max %.3f s over %d runs", label, seconds[runs / 2], p95,
                seconds[runs - 1], runs);
    }

    /** Systems, findings, charge lines, daily utilisation of the month and generated pre-aggregates of earlier months. */
    private long[] supervisionData(YearMonth month) throws SQLException {
        Random random = new Random(20_261_126L);
        long[] counts = new long[4];
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<long[]> instances = new ArrayList<>();
            List<String> unitNames = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select id, unit_id, unit_name, product_id from sub_service_instance"
                         + " where code like 'BM-%' and status <> 'TERMINATED' order by id")) {
                while (rs.next()) {
                    instances.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(4)});
                    unitNames.add(rs.getString(3));
                }
            }
            List<long[]> agencies = new ArrayList<>();
            List<String> agencyNames = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select id, name from org_unit where code like 'BM-U%'")) {
                while (rs.next()) {
                    agencies.add(new long[] {rs.getLong(1)});
                    agencyNames.add(rs.getString(2));
                }
            }
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < agencies.size() * 3; i++) {
                int a = random.nextInt(agencies.size());
                boolean onCloud = random.nextInt(100) < 70;
                LocalDate planned = onCloud ? null : month.plusMonths(random.nextInt(24) - 6).atDay(15);
                csv.append(agencies.get(a)[0]).append(',').append(agencyNames.get(a)).append(",系统").append(i)
                        .append(",业务,PRIVATE,").append(onCloud).append(',').append(planned == null ? "" : planned)
                        .append(",false,bench,2026-01-01T00:00:00Z\n");
                counts[0]++;
            }
            copyIn(copy, "sec_application_system (unit_id, unit_name, name, purpose, zone, on_cloud,"
                    + " planned_migration_on, website, created_by, created_at)", csv);
            exec(connection, "insert into sec_inspection (title, planned_on, planned_by, created_at) values"
                    + " ('bench', '" + month.atDay(1) + "', 'bench', now())");
            exec(connection, "insert into sec_finding (inspection_id, system_id, unit_id, risk, description, status,"
                    + " rectification_due, recorded_by, recorded_at) select (select max(id) from sec_inspection), id,"
                    + " unit_id, 'LOW', 'bench', 'OPEN', date '" + month.atDay(20) + "', 'bench', timestamp with time"
                    + " zone '" + month.atDay(2) + " 10:00:00+08' from sec_application_system where id % 15 = 0");

            csv.setLength(0);
            for (int i = 0; i < instances.size(); i++) {
                long[] instance = instances.get(i);
                csv.append(month).append(',').append(instance[0]).append(",BASE,CHARGE,BM-").append(instance[0])
                        .append(',').append(instance[1]).append(',').append(unitNames.get(i)).append(',')
                        .append(instance[2]).append(",产品,PREFECTURE,").append(instance[1]).append(",州本级,100.00,")
                        .append(50 + random.nextInt(2000)).append(".00\n");
                counts[3]++;
            }
            exec(connection, "delete from bil_charge_line where period = '" + month + "'");
            copyIn(copy, "bil_charge_line (period, instance_id, component, kind, instance_code, unit_id, unit_name,"
                    + " product_id, product_name, bearer, bearer_unit_id, bearer_name, share_percent, amount)", csv);

            // profiles: 10 % idle, 15 % over-provisioned, the rest busy; a day now and then off the profile
            String[] metrics = {"CPU", "MEMORY", "DISK"};
            csv.setLength(0);
            int days = month.lengthOfMonth();
            for (long[] instance : instances) {
                int profile = random.nextInt(100);
                double[] base = profile < 10 ? new double[] {0.02, 0.05, 0.30}
                        : profile < 25 ? new double[] {0.15, 0.55, 0.60} : new double[] {0.55, 0.70, 0.65};
                for (int d = 1; d <= days; d++) {
                    for (int m = 0; m < 3; m++) {
                        double p95 = Math.min(1, base[m] * (random.nextInt(100) < 5 ? 8 : 0.7 + random.nextDouble() * 0.6));
                        csv.append(instance[0]).append(",BM-").append(instance[0]).append(',').append(instance[1])
                                .append(',').append(metrics[m]).append(',').append(month.atDay(d)).append(",288,")
                                .append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f", p95 * 0.7, p95, Math.min(1, p95 * 1.3)))
                                .append(",2026-01-01T00:00:00Z\n");
                        counts[1]++;
                    }
                }
                if (csv.length() > 8_000_000) {
                    copyIn(copy, UTILISATION, csv);
                    csv.setLength(0);
                }
            }
            copyIn(copy, UTILISATION, csv);

            csv.setLength(0);
            StringBuilder months = new StringBuilder();
            for (int back = DAILY_MONTHS; back < MONTHS; back++) {
                YearMonth m = month.minusMonths(back);
                int mDays = m.lengthOfMonth();
                for (long[] instance : instances) {
                    int profile = random.nextInt(100);
                    int idle = profile < 10 ? mDays - random.nextInt(3) : random.nextInt(3);
                    int over = profile < 25 ? mDays - random.nextInt(3) : random.nextInt(3);
                    csv.append(m).append(',').append(instance[0]).append(',').append(instance[1]).append(',')
                            .append(mDays).append(',').append(idle).append(',').append(over).append(',')
                            .append(mDays * 0.3).append(',').append(mDays).append(',').append(idle).append(',')
                            .append(over).append(',').append(mDays * 0.5).append(',').append(mDays).append(",0,")
                            .append(mDays * 0.6).append('\n');
                    counts[2]++;
                }
                copyIn(copy, "sup_efficiency_monthly (month_key, instance_id, unit_id, cpu_days, cpu_below_idle,"
                        + " cpu_below_over, cpu_p95_sum, memory_days, memory_below_idle, memory_below_over,"
                        + " memory_p95_sum, disk_days, disk_below_over, disk_p95_sum)", csv);
                csv.setLength(0);
                months.append(m).append(',').append(efficiency.limitsKey().replace(",", ";")).append(',')
                        .append(instances.size()).append(",2026-01-01T00:00:00Z\n");
            }
            copyIn(copy, "sup_efficiency_month (month_key, limits_key, instance_count, refreshed_at)", months);
            connection.commit();
            exec(connection, "analyze");
            connection.commit();
        }
        return counts;
    }

    private static final String UTILISATION = "ops_utilisation_daily (instance_id, instance_code, unit_id, metric,"
            + " sample_date, sample_count, utilisation_avg, utilisation_p95, utilisation_max, collected_at)";

    private static void copyIn(CopyManager copy, String table, StringBuilder csv) throws SQLException {
        if (csv.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("[supervision benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
