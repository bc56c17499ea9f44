package cn.gov.dehong.cloud.operations.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketStatus;
import cn.gov.dehong.cloud.operations.VendorServiceFigures;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class VendorServiceFiguresQuery implements VendorServiceFigures {

    private final JdbcTemplate jdbc;
    private final SubscriptionManagement subscriptions;

    VendorServiceFiguresQuery(JdbcTemplate jdbc, SubscriptionManagement subscriptions) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
    }

    private static final String TICKET_COLUMNS = """
            id, code, unit_id, unit_name, product_name, status, reported_at, response_due_at, acknowledged_at,
            satisfaction""";

    /** Left out: cancelled before anyone acknowledged the ticket. */
    private static final String COUNTED_TICKETS = """
            reported_at >= ? and reported_at < ? and (status <> 'CANCELLED' or acknowledged_at is not null)""";

    /** Not pending (acknowledged, or its deadline passed) and not acknowledged by the deadline. */
    private static final String LATE = """
            (acknowledged_at is not null or response_due_at < ?)
            and (acknowledged_at is null or response_due_at is null or acknowledged_at > response_due_at)""";

    @Override
    @Transactional(readOnly = true)
    public TicketResponses ticketResponses(Instant from, Instant to, Instant now, int maxListed) {
        Timestamp at = Timestamp.from(now);
        long[] c = jdbc.queryForObject("""
                select count(*),
                       coalesce(sum(case when acknowledged_at is not null and acknowledged_at <= response_due_at
                                         then 1 else 0 end), 0),
                       coalesce(sum(case when acknowledged_at is null and response_due_at >= ? then 1 else 0 end), 0),
                       coalesce(sum(case when satisfaction = 'UNSATISFIED' then 1 else 0 end), 0),
                       coalesce(sum(case when satisfaction = 'SATISFIED' then 1 else 0 end), 0),
                       coalesce(sum(case when satisfaction = 'VERY_SATISFIED' then 1 else 0 end), 0)
                  from ops_ticket where """ + " " + COUNTED_TICKETS,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)},
                at, Timestamp.from(from), Timestamp.from(to));
        List<TicketFigure> late = maxListed <= 0 ? List.of() : jdbc.query("select " + TICKET_COLUMNS
                        + " from ops_ticket where " + COUNTED_TICKETS + " and " + LATE
                        + " order by reported_at, id fetch first " + maxListed + " rows only",
                (rs, n) -> ticket(rs), Timestamp.from(from), Timestamp.from(to), at);
        return new TicketResponses(c[0] - c[2], c[1], c[2], c[3], c[4], c[5], late);
    }

    private static TicketFigure ticket(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TicketFigure(rs.getLong("id"), rs.getString("code"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("product_name"),
                TicketStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("reported_at")),
                instant(rs.getTimestamp("response_due_at")), instant(rs.getTimestamp("acknowledged_at")),
                rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncidentFigure> incidents(Instant from, Instant to) {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        jdbc.query("""
                select id, alert_name, severity, mapping, zone_label, starts_at, ends_at from ops_incident
                 where starts_at < ? and (ends_at is null or ends_at > ?) order by starts_at, id""",
                rs -> {
                    rows.put(rs.getLong("id"), new Object[] {rs.getString("alert_name"), rs.getString("severity"),
                            rs.getString("mapping"), rs.getString("zone_label"), instant(rs.getTimestamp("starts_at")),
                            instant(rs.getTimestamp("ends_at"))});
                }, Timestamp.from(to), Timestamp.from(from));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> instances = new HashMap<>();
        jdbc.query("""
                select u.incident_id, u.instance_id from ops_incident_unit u join ops_incident i on i.id = u.incident_id
                 where i.starts_at < ? and (i.ends_at is null or i.ends_at > ?) and u.instance_id is not null""",
                rs -> {
                    instances.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
                }, Timestamp.from(to), Timestamp.from(from));
        Map<Long, String> products = new HashMap<>();
        Set<Long> allInstances = new LinkedHashSet<>();
        instances.values().forEach(allInstances::addAll);
        subscriptions.summaries(allInstances).forEach(v -> products.put(v.id(), v.productName()));
        List<IncidentFigure> figures = new ArrayList<>();
        rows.forEach((id, r) -> {
            String mapping = (String) r[2];
            List<String> types;
            Set<Long> hit = instances.getOrDefault(id, Set.of());
            if (!hit.isEmpty()) {
                types = hit.stream().map(i -> products.getOrDefault(i, IncidentService.UNMAPPED)).distinct().toList();
            } else if (r[3] != null && IncidentService.ZONE.equals(mapping)) {
                types = List.of("ZONE:" + r[3]);
            } else {
                types = List.of(IncidentService.UNMAPPED);
            }
            figures.add(new IncidentFigure(id, (String) r[0], (String) r[1], mapping, (Instant) r[4], (Instant) r[5],
                    types));
        });
        return figures;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
