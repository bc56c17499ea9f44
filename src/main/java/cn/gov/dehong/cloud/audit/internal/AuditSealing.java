package cn.gov.dehong.cloud.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals new audit records into the chain, and verifies the chain. Records are written by every transaction without
 * waiting for each other; a single (ShedLock-guarded) sealer links them afterwards in the order it finds them, and
 * numbers that order ({@code chain_seq}), so that writers never contend for the chain's head. A record becomes
 * tamper-evident within seconds of its commit.
 */
@Component
class AuditSealing {

    private static final Logger log = LoggerFactory.getLogger(AuditSealing.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditSealing(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Verification(Instant checkedAt, long records, boolean intact, Long brokenAtId, String message) {
    }

    private static final RowMapper<AuditChain.Entry> ENTRY = (rs, i) -> new AuditChain.Entry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            rs.getObject("actor_unit_id") == null ? null : rs.getLong("actor_unit_id"), rs.getString("action"),
            rs.getString("object_type"), rs.getString("object_id"), rs.getString("before_state"),
            rs.getString("after_state"), rs.getString("ip_address"));

    private static final String COLUMNS = "id, occurred_at, actor, actor_unit_id, action, object_type, object_id, "
            + "before_state, after_state, ip_address";

    @Scheduled(fixedDelayString = "${dehong.audit.seal-interval:PT10S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "auditSealing", lockAtMostFor = "PT5M")
    @Transactional // the chain lock below is held only inside a transaction
    public void sealPeriodically() {
        seal();
    }

    /** Seals every unsealed record; returns how many. */
    @Transactional
    public int seal() {
        jdbc.queryForObject("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE", Integer.class);
        int sealed = 0;
        while (true) {
            var head = jdbc.query("SELECT chain_seq, chain_hash FROM audit_record WHERE chain_seq IS NOT NULL "
                    + "ORDER BY chain_seq DESC LIMIT 1", (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
            long seq = head.isEmpty() ? 0 : (Long) head.get(0)[0];
            String hash = head.isEmpty() ? AuditChain.GENESIS : (String) head.get(0)[1];
            List<AuditChain.Entry> batch = jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE chain_seq IS NULL "
                    + "ORDER BY id LIMIT " + BATCH, ENTRY);
            if (batch.isEmpty()) {
                return sealed;
            }
            Timestamp now = Timestamp.from(clock.instant());
            for (AuditChain.Entry entry : batch) {
                hash = AuditChain.link(hash, entry);
                jdbc.update("UPDATE audit_record SET chain_seq = ?, chain_hash = ?, sealed_at = ? WHERE id = ? "
                        + "AND chain_seq IS NULL", ++seq, hash, now, entry.id());
                sealed++;
            }
        }
    }

    /**
     * Recomputes the chain from the oldest record still kept (older ones may have been archived under the retention
     * rule) and reports the first record whose hash does not follow: changed, or a neighbour deleted.
     */
    @Transactional
    public Verification verify() {
        seal();
        Instant now = clock.instant();
        var first = jdbc.query("SELECT chain_seq FROM audit_record WHERE chain_seq IS NOT NULL ORDER BY chain_seq LIMIT 1",
                (rs, i) -> rs.getLong(1));
        if (first.isEmpty()) {
            return record(new Verification(now, 0, true, null, "empty"));
        }
        long expectedSeq = first.get(0);
        String previous = null;
        long checked = 0;
        long lastSeq = expectedSeq - 1;
        while (true) {
            List<Object[]> rows = jdbc.query("SELECT " + COLUMNS + ", chain_seq, chain_hash FROM audit_record "
                            + "WHERE chain_seq > ? ORDER BY chain_seq LIMIT " + BATCH,
                    (rs, i) -> new Object[] {ENTRY.mapRow(rs, i), rs.getLong("chain_seq"), rs.getString("chain_hash")},
                    lastSeq);
            if (rows.isEmpty()) {
                return record(new Verification(now, checked, true, null, "intact"));
            }
            for (Object[] row : rows) {
                AuditChain.Entry entry = (AuditChain.Entry) row[0];
                long seq = (Long) row[1];
                String stored = (String) row[2];
                if (seq != lastSeq + 1) {
                    return record(new Verification(now, checked, false, entry.id(), "gap before sequence " + seq));
                }
                if (previous != null && !AuditChain.link(previous, entry).equals(stored)) {
                    return record(new Verification(now, checked, false, entry.id(), "hash mismatch"));
                }
                if (previous == null && seq == 1 && !AuditChain.link(AuditChain.GENESIS, entry).equals(stored)) {
                    return record(new Verification(now, checked, false, entry.id(), "hash mismatch"));
                }
                previous = stored;
                lastSeq = seq;
                checked++;
            }
        }
    }

    @Scheduled(cron = "${dehong.audit.verify-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "auditChainVerification", lockAtMostFor = "PT30M")
    @Transactional
    public void verifyDaily() {
        Verification result = verify();
        if (!result.intact()) {
            log.error("Audit chain broken at record {}: {}", result.brokenAtId(), result.message());
        }
    }

    List<Verification> recentVerifications() {
        return jdbc.query("SELECT checked_at, records, intact, broken_at_id, message FROM audit_chain_check "
                        + "ORDER BY id DESC LIMIT 20",
                (rs, i) -> new Verification(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getBoolean(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5)));
    }

    private Verification record(Verification result) {
        jdbc.update("INSERT INTO audit_chain_check (checked_at, records, intact, broken_at_id, message) VALUES (?,?,?,?,?)",
                Timestamp.from(result.checkedAt()), result.records(), result.intact(), result.brokenAtId(),
                result.message());
        return result;
    }

}
