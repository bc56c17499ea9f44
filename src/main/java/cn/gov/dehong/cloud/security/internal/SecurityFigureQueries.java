package cn.gov.dehong.cloud.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.security.SecurityFigures;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SecurityFigureQueries implements SecurityFigures {

    private final NamedParameterJdbcTemplate jdbc;

    SecurityFigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SystemSummary> systems(Collection<Long> unitIds) {
        return systems(unitIds, null);
    }

    @Override
    public List<SystemSummary> systems(Collection<Long> unitIds, LocalDate asOf) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        if (unitIds != null) {
            conditions.add("unit_id in (:units)");
            params.addValue("units", unitIds);
        }
        if (asOf != null) {
            conditions.add("created_at < :end");
            params.addValue("end", Timestamp.from(asOf.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.query("select id, unit_id, unit_name, name, on_cloud, planned_migration_on, end_of_life_on,"
                        + " created_at, on_cloud_since from sec_application_system" + where
                        + " order by unit_name, name, id", params,
                (rs, n) -> {
                    Instant createdAt = rs.getTimestamp(8).toInstant();
                    // on the cloud without a day (rows written around the application): since registration
                    LocalDate since = !rs.getBoolean(5) ? null : rs.getObject(9, LocalDate.class) != null
                            ? rs.getObject(9, LocalDate.class) : LocalDate.ofInstant(createdAt, WorkingDayCalendar.ZONE);
                    boolean onCloud = since != null && (asOf == null || !since.isAfter(asOf));
                    return new SystemSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), onCloud,
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), createdAt, since);
                });
    }

    @Override
    public List<FindingSummary> findings(Collection<Long> unitIds, Instant from, Instant until, LocalDate today) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(from)).addValue("until", Timestamp.from(until));
        String where = " where recorded_at < :until and (closed_at is null or closed_at >= :from)";
        if (unitIds != null) {
            where += " and unit_id in (:units)";
            params.addValue("units", unitIds);
        }
        List<FindingSummary> result = new ArrayList<>();
        jdbc.query("select id, unit_id, system_id, risk, status, rectification_due, suspended_instances,"
                + " recorded_at, closed_at from sec_finding" + where + " order by id", params, rs -> {
            boolean open = "OPEN".equals(rs.getString(5));
            LocalDate due = rs.getObject(6, LocalDate.class);
            String suspended = rs.getString(7);
            Timestamp closed = rs.getTimestamp(9);
            result.add(new FindingSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), open, due,
                    open && due != null && due.isBefore(today),
                    suspended == null || suspended.isBlank() ? 0 : suspended.split(",").length,
                    rs.getTimestamp(8).toInstant(), closed == null ? null : closed.toInstant()));
        });
        return result;
    }
}
