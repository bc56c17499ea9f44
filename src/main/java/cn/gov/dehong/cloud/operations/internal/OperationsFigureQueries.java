package cn.gov.dehong.cloud.operations.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.dehong.cloud.operations.OperationsFigures;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** GROUP BY queries over the operations tables; months are bucketed in Java on the Asia/Shanghai date. */
@Service
@Transactional(readOnly = true)
class OperationsFigureQueries implements OperationsFigures {

    private final NamedParameterJdbcTemplate jdbc;

    OperationsFigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<InstanceDays> utilisationDays(LocalDate from, LocalDate to, Collection<Long> unitIds, Limits limits) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to))
                .addValue("cpu", limits.cpu()).addValue("memory", limits.memory()).addValue("disk", limits.disk());
        String scope = "";
        if (unitIds != null) {
            scope = " and unit_id in (:units)";
            params.addValue("units", unitIds);
        }
        return jdbc.query("select instance_id, max(unit_id),"
                        + metric("CPU", "cpu") + "," + metric("MEMORY", "memory") + "," + metric("DISK", "disk")
                        + " from ops_utilisation_daily where sample_date between :from and :to" + scope
                        + " group by instance_id order by instance_id", params,
                (rs, n) -> new InstanceDays(rs.getLong(1), rs.getLong(2),
                        rs.getInt(3), rs.getInt(4), rs.getDouble(5),
                        rs.getInt(6), rs.getInt(7), rs.getDouble(8),
                        rs.getInt(9), rs.getInt(10), rs.getDouble(11)));
    }

    private static String metric(String metric, String limit) {
        return " sum(case when metric = '" + metric + "' then 1 else 0 end),"
                + " sum(case when metric = '" + metric + "' and utilisation_p95 < :" + limit + " then 1 else 0 end),"
                + " coalesce(avg(case when metric = '" + metric + "' then utilisation_p95 end), 0)";
    }

    @Override
    public List<MonthCount> incidentsByMonth(YearMonth from, YearMonth to, Collection<Long> unitIds) {
        Map<YearMonth, Long> counts = months(from, to);
        if (unitIds != null && unitIds.isEmpty()) {
            return counts.entrySet().stream().map(e -> new MonthCount(e.getKey(), 0)).toList();
        }
        MapSqlParameterSource params = range(from.atDay(1), to.atEndOfMonth());
        String scope = scope(unitIds, params, "u.unit_id");
        jdbc.query("select i.id, min(i.starts_at) from ops_incident i join ops_incident_unit u on u.incident_id = i.id"
                + " where i.starts_at >= :start and i.starts_at < :end" + scope + " group by i.id", params, rs -> {
            YearMonth month = YearMonth.from(rs.getTimestamp(2).toInstant().atZone(UtilisationService.SHANGHAI));
            counts.computeIfPresent(month, (m, c) -> c + 1);
        });
        return counts.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<UnitCount> incidentsByUnit(LocalDate from, LocalDate to, Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = range(from, to);
        String scope = scope(unitIds, params, "u.unit_id");
        return jdbc.query("select u.unit_id, count(distinct i.id) from ops_incident i"
                        + " join ops_incident_unit u on u.incident_id = i.id"
                        + " where i.starts_at >= :start and i.starts_at < :end" + scope + " group by u.unit_id", params,
                (rs, n) -> new UnitCount(rs.getLong(1), rs.getLong(2)));
    }

    @Override
    public List<SlaMonth> ticketSlaByMonth(YearMonth from, YearMonth to, Collection<Long> unitIds) {
        Map<YearMonth, long[]> counts = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, new long[2]);
        }
        if (unitIds == null || !unitIds.isEmpty()) {
            MapSqlParameterSource params = range(from.atDay(1), to.atEndOfMonth());
            String scope = scope(unitIds, params, "unit_id");
            jdbc.query("select resolved_at, response_minutes, response_target_minutes, resolution_minutes,"
                    + " resolution_target_minutes from ops_ticket where resolved_at >= :start and resolved_at < :end"
                    + scope, params, rs -> {
                YearMonth month = YearMonth.from(rs.getTimestamp(1).toInstant().atZone(UtilisationService.SHANGHAI));
                long[] c = counts.get(month);
                if (c != null) {
                    c[0]++;
                    long response = rs.getLong(2);
                    boolean responded = !rs.wasNull() && response <= rs.getLong(3);
                    long resolution = rs.getLong(4);
                    boolean resolved = !rs.wasNull() && resolution <= rs.getLong(5);
                    if (responded && resolved) {
                        c[1]++;
                    }
                }
            });
        }
        List<SlaMonth> result = new ArrayList<>();
        counts.forEach((m, c) -> result.add(new SlaMonth(m, c[0], c[1])));
        return result;
    }

    private static Map<YearMonth, Long> months(YearMonth from, YearMonth to) {
        Map<YearMonth, Long> counts = new TreeMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            counts.put(m, 0L);
        }
        return counts;
    }

    private static MapSqlParameterSource range(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource()
                .addValue("start", Timestamp.from(from.atStartOfDay(UtilisationService.SHANGHAI).toInstant()))
                .addValue("end", Timestamp.from(to.plusDays(1).atStartOfDay(UtilisationService.SHANGHAI).toInstant()));
    }

    private static String scope(Collection<Long> unitIds, MapSqlParameterSource params, String column) {
        if (unitIds == null) {
            return "";
        }
        params.addValue("units", unitIds);
        return " and " + column + " in (:units)";
    }
}
