package cn.gov.dehong.cloud.application.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.gov.dehong.cloud.application.VendorTimeliness;
import cn.gov.dehong.cloud.organization.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the step records (plain JDBC: a year of a province is tens of thousands of rows, no entity needed). */
@Service
class VendorTimelinessQuery implements VendorTimeliness {

    private final JdbcTemplate jdbc;

    VendorTimelinessQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public StepTimeliness stepTimeliness(Instant from, Instant to, Instant now, int maxListed) {
        Timestamp at = Timestamp.from(now);
        String group = Role.VENDOR_OPERATOR.name();
        long[] c = jdbc.queryForObject("""
                select count(*),
                       coalesce(sum(case when completed_at is not null and completed_at <= due_at then 1 else 0 end), 0),
                       coalesce(sum(case when completed_at is null and due_at >= ? then 1 else 0 end), 0)
                  from app_step where candidate_group = ? and due_at >= ? and due_at < ?""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                at, group, Timestamp.from(from), Timestamp.from(to));
        List<VendorStep> late = maxListed <= 0 ? List.of() : jdbc.query("""
                select step_key, subject_code, unit_id, unit_name, started_at, due_at, completed_at from app_step
                 where candidate_group = ? and due_at >= ? and due_at < ?
                   and (completed_at is not null or due_at < ?) and (completed_at is null or completed_at > due_at)
                 order by due_at, id""" + " fetch first " + maxListed + " rows only",
                (rs, n) -> new VendorStep(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))),
                group, Timestamp.from(from), Timestamp.from(to), at);
        return new StepTimeliness(c[0] - c[2], c[1], c[2], late);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
