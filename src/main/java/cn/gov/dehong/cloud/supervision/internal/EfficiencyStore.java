package cn.gov.dehong.cloud.supervision.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.operations.OperationsFigures;
import cn.gov.dehong.cloud.operations.OperationsFigures.InstanceDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The efficiency counts of a period, per instance, against the idle and the over-provisioning limits. Closed months
 * that were refreshed under the limits in force are read from the monthly pre-aggregate ({@code
 * sup_efficiency_monthly}); the current month, a month never refreshed or refreshed under other limits is read live
 * from operations' daily aggregates. Both give the same counts (they add up over months).
 */
@Service
class EfficiencyStore {

    private static final Logger log = LoggerFactory.getLogger(EfficiencyStore.class);
    private static final int BATCH = 1000;

    /** One instance's days against both limit sets. */
    record Counts(InstanceDays idle, InstanceDays over) {
    }

    private final OperationsFigures operations;
    private final SupervisionSettings settings;
    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EfficiencyStore(OperationsFigures operations, SupervisionSettings settings, NamedParameterJdbcTemplate named,
                    JdbcTemplate jdbc, Clock clock) {
        this.operations = operations;
        this.settings = settings;
        this.named = named;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    OperationsFigures.Limits idleLimits() {
        // disk is not part of idleness: allocated storage holds data whether or not it is used
        return new OperationsFigures.Limits(settings.idleCpu(), settings.idleMemory(), 0);
    }

    OperationsFigures.Limits overLimits() {
        return new OperationsFigures.Limits(settings.overCpu(), settings.overMemory(), settings.overDisk());
    }

    String limitsKey() {
        return String.format(Locale.ROOT, "idle=%s/%s;over=%s/%s/%s", settings.idleCpu(), settings.idleMemory(),
                settings.overCpu(), settings.overMemory(), settings.overDisk());
    }

    /** Every instance's counts over the {@code stored} and {@code live} months of a period (see {@link #split}). */
    private Map<Long, Counts> counts(List<YearMonth> stored, List<YearMonth> live, Collection<Long> unitIds) {
        Map<Long, long[]> sums = new LinkedHashMap<>();
        Map<Long, double[]> p95 = new HashMap<>();
        Map<Long, Long> units = new HashMap<>();
        if (!stored.isEmpty()) {
            named.query(storedQuery(stored.size() == 1, scope(unitIds), null), storedParams(stored, unitIds),
                    storedRows(sums, p95, units));
        }
        if (!live.isEmpty()) {
            // consecutive live months are read in one range
            List<YearMonth[]> ranges = new ArrayList<>();
            for (YearMonth m : live) {
                if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1].plusMonths(1).equals(m)) {
                    ranges.get(ranges.size() - 1)[1] = m;
                } else {
                    ranges.add(new YearMonth[] {m, m});
                }
            }
            for (YearMonth[] range : ranges) {
                for (Map.Entry<Long, Counts> e : live(range[0], range[1], unitIds).entrySet()) {
                    InstanceDays i = e.getValue().idle();
                    InstanceDays o = e.getValue().over();
                    units.put(e.getKey(), i.unitId());
                    add(sums, p95, e.getKey(), new long[] {i.cpuDays(), i.cpuBelow(), o.cpuBelow(), i.memoryDays(),
                            i.memoryBelow(), o.memoryBelow(), i.diskDays(), 0, o.diskBelow()},
                            new double[] {i.cpuP95() * i.cpuDays(), i.memoryP95() * i.memoryDays(),
                                    i.diskP95() * i.diskDays()});
                }
            }
        }
        return toCounts(sums, p95, units);
    }

    /** What a report reads: the instances that may be candidates and the number of instances measured per unit. */
    record Measurement(Map<Long, Counts> counts, Map<Long, Long> measuredByUnit) {
    }

    /**
     * The report's read. For one closed, pre-aggregated month (the usual report) the database returns only the
     * instances below some limit on at least {@code minDays} days (a superset of the candidates
     * {@link SupervisionRules#classify} picks; on the province-scale data set a quarter of the instances) and counts
     * the measured ones per unit. Longer periods and live months read every instance's counts: there, a second
     * aggregation over all the months' rows would cost more than it saves (see the README's benchmark).
     */
    @Transactional(readOnly = true)
    Measurement measure(YearMonth from, YearMonth to, Collection<Long> unitIds, int minDays) {
        if (unitIds != null && unitIds.isEmpty()) {
            return new Measurement(Map.of(), Map.of());
        }
        List<YearMonth> stored = new ArrayList<>();
        List<YearMonth> live = new ArrayList<>();
        split(from, to, stored, live);
        if (!live.isEmpty() || stored.size() > 1) {
            Map<Long, Counts> all = counts(stored, live, unitIds);
            Map<Long, Long> measured = new HashMap<>();
            all.values().forEach(c -> measured.merge(c.idle().unitId(), 1L, Long::sum));
            return new Measurement(all, measured);
        }
        MapSqlParameterSource params = storedParams(stored, unitIds).addValue("min", minDays);
        String scope = scope(unitIds);
        Map<Long, Long> measured = new HashMap<>();
        named.query("select unit_id, count(*) from sup_efficiency_monthly where month_key in (:months)" + scope
                + " group by unit_id", params, rs -> {
                    measured.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, long[]> sums = new LinkedHashMap<>();
        Map<Long, double[]> p95 = new HashMap<>();
        Map<Long, Long> units = new HashMap<>();
        named.query(storedQuery(true, scope, "(cpu_below_idle >= :min or cpu_below_over >= :min"
                + " or memory_below_over >= :min or disk_below_over >= :min)"), params, storedRows(sums, p95, units));
        return new Measurement(toCounts(sums, p95, units), measured);
    }

    /**
     * Per instance over the stored months: one row per instance for a single month (no grouping: the usual report
     * and the cheaper query), summed otherwise; for one month, {@code below} (null: none) keeps only instances below
     * some limit.
     */
    private static String storedQuery(boolean single, String scope, String below) {
        if (single) {
            return "select instance_id, unit_id, cpu_days, cpu_below_idle, cpu_below_over, cpu_p95_sum, memory_days,"
                    + " memory_below_idle, memory_below_over, memory_p95_sum, disk_days, disk_below_over, disk_p95_sum"
                    + " from sup_efficiency_monthly where month_key in (:months)" + scope
                    + (below == null ? "" : " and " + below);
        }
        return "select instance_id, max(unit_id), sum(cpu_days), sum(cpu_below_idle), sum(cpu_below_over),"
                + " sum(cpu_p95_sum), sum(memory_days), sum(memory_below_idle), sum(memory_below_over),"
                + " sum(memory_p95_sum), sum(disk_days), sum(disk_below_over), sum(disk_p95_sum)"
                + " from sup_efficiency_monthly where month_key in (:months)" + scope + " group by instance_id";
    }

    private static MapSqlParameterSource storedParams(List<YearMonth> stored, Collection<Long> unitIds) {
        MapSqlParameterSource params = new MapSqlParameterSource("months",
                stored.stream().map(YearMonth::toString).toList());
        return unitIds == null ? params : params.addValue("units", unitIds);
    }

    /** The unit condition of {@link #storedQuery}; none for every unit. */
    private static String scope(Collection<Long> unitIds) {
        return unitIds == null ? "" : " and unit_id in (:units)";
    }

    /** Adds the rows of {@link #storedQuery} up per instance. */
    private static org.springframework.jdbc.core.RowCallbackHandler storedRows(Map<Long, long[]> sums,
                                                                              Map<Long, double[]> p95,
                                                                              Map<Long, Long> units) {
        return rs -> {
            long id = rs.getLong(1);
            units.put(id, rs.getLong(2));
            add(sums, p95, id, new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(7),
                    rs.getLong(8), rs.getLong(9), rs.getLong(11), 0, rs.getLong(12)},
                    new double[] {rs.getDouble(6), rs.getDouble(10), rs.getDouble(13)});
        };
    }

    private static Map<Long, Counts> toCounts(Map<Long, long[]> sums, Map<Long, double[]> p95, Map<Long, Long> units) {
        Map<Long, Counts> result = new LinkedHashMap<>();
        sums.forEach((id, s) -> {
            double[] p = p95.get(id);
            double cpu = s[0] == 0 ? 0 : p[0] / s[0];
            double memory = s[3] == 0 ? 0 : p[1] / s[3];
            double disk = s[6] == 0 ? 0 : p[2] / s[6];
            Long unit = units.get(id);
            result.put(id, new Counts(
                    new InstanceDays(id, unit, (int) s[0], (int) s[1], cpu, (int) s[3], (int) s[4], memory,
                            (int) s[6], (int) s[7], disk),
                    new InstanceDays(id, unit, (int) s[0], (int) s[2], cpu, (int) s[3], (int) s[5], memory,
                            (int) s[6], (int) s[8], disk)));
        });
        return result;
    }

    /** Closed months pre-aggregated under the limits in force go to {@code stored}, every other month to {@code live}. */
    private void split(YearMonth from, YearMonth to, List<YearMonth> stored, List<YearMonth> live) {
        Map<String, String> keys = new HashMap<>();
        named.query("select month_key, limits_key from sup_efficiency_month where month_key between :from and :to",
                new MapSqlParameterSource("from", from.toString()).addValue("to", to.toString()),
                rs -> {
                    keys.put(rs.getString(1), rs.getString(2));
                });
        YearMonth current = YearMonth.from(LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE));
        String key = limitsKey();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (m.isBefore(current) && key.equals(keys.get(m.toString()))) {
                stored.add(m);
            } else {
                live.add(m);
            }
        }
    }

    private static void add(Map<Long, long[]> sums, Map<Long, double[]> p95, Long id, long[] values,
                            double[] p95Sums) {
        long[] s = sums.computeIfAbsent(id, k -> new long[9]);
        for (int i = 0; i < s.length; i++) {
            s[i] += values[i];
        }
        double[] p = p95.computeIfAbsent(id, k -> new double[3]);
        for (int i = 0; i < p.length; i++) {
            p[i] += p95Sums[i];
        }
    }

    private Map<Long, Counts> live(YearMonth from, YearMonth to, Collection<Long> unitIds) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        Map<Long, InstanceDays> over = new HashMap<>();
        operations.utilisationDays(first, last, unitIds, overLimits()).forEach(d -> over.put(d.instanceId(), d));
        Map<Long, Counts> result = new LinkedHashMap<>();
        for (InstanceDays idle : operations.utilisationDays(first, last, unitIds, idleLimits())) {
            result.put(idle.instanceId(), new Counts(idle, over.get(idle.instanceId())));
        }
        return result;
    }

    /** Re-computes the pre-aggregate of a closed month under the limits in force; returns the instances stored. */
    @Transactional
    int refresh(YearMonth month) {
        YearMonth current = YearMonth.from(LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE));
        if (!month.isBefore(current)) {
            throw cn.gov.dehong.cloud.shared.BusinessRuleException.invalid("supervision.efficiency.error.openMonth",
                    month);
        }
        long started = System.nanoTime();
        Map<Long, Counts> counts = live(month, month, null);
        jdbc.update("delete from sup_efficiency_monthly where month_key = ?", month.toString());
        jdbc.update("delete from sup_efficiency_month where month_key = ?", month.toString());
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (Map.Entry<Long, Counts> e : counts.entrySet()) {
            InstanceDays i = e.getValue().idle();
            InstanceDays o = e.getValue().over();
            rows.add(new Object[] {month.toString(), e.getKey(), i.unitId(), i.cpuDays(), i.cpuBelow(),
                    o == null ? 0 : o.cpuBelow(), i.cpuP95() * i.cpuDays(), i.memoryDays(), i.memoryBelow(),
                    o == null ? 0 : o.memoryBelow(), i.memoryP95() * i.memoryDays(), i.diskDays(),
                    o == null ? 0 : o.diskBelow(), i.diskP95() * i.diskDays()});
            if (rows.size() == BATCH) {
                insert(rows);
            }
        }
        insert(rows);
        jdbc.update("insert into sup_efficiency_month (month_key, limits_key, instance_count, refreshed_at)"
                + " values (?, ?, ?, ?)", month.toString(), limitsKey(), counts.size(), Timestamp.from(clock.instant()));
        log.info("Efficiency pre-aggregate of {}: {} instances in {} ms", month, counts.size(),
                (System.nanoTime() - started) / 1_000_000);
        return counts.size();
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into sup_efficiency_monthly (month_key, instance_id, unit_id, cpu_days,"
                    + " cpu_below_idle, cpu_below_over, cpu_p95_sum, memory_days, memory_below_idle,"
                    + " memory_below_over, memory_p95_sum, disk_days, disk_below_over, disk_p95_sum)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            rows.clear();
        }
    }
}
