package cn.gov.dehong.cloud.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import cn.gov.dehong.cloud.audit.AuditLog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL only (H2 is the development database and has no trigger): the database refuses UPDATE, DELETE and
 * TRUNCATE of audit records, except sealing a fresh record into the chain and deleting what is older than a year
 * (the retention archive).
 */
@SpringBootTest
class AuditAppendOnlyIT {

    @Autowired AuditLog audit;
    @Autowired AuditSealing sealing;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    static boolean isPostgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAFreshAuditRecord() {
        Assumptions.assumeTrue(isPostgres(jdbc), "PostgreSQL only");
        transactions.executeWithoutResult(status -> audit.record("test.appendOnly", "AppendOnly", 1, null, "fresh"));
        Long id = jdbc.queryForObject("SELECT max(id) FROM audit_record WHERE object_type = 'AppendOnly'", Long.class);

        // sealing a fresh record into the chain is the one update allowed
        assertThat(sealing.seal()).isPositive();
        assertThat(jdbc.queryForObject("SELECT chain_hash FROM audit_record WHERE id = ?", String.class, id)).isNotNull();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET after_state = 'forged' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET chain_hash = 'x' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_record WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_record"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT after_state FROM audit_record WHERE id = ?", String.class, id))
                .isEqualTo("fresh");

        // an unsealed record cannot be rewritten either: only the chain columns may be filled in
        jdbc.update("INSERT INTO audit_record (occurred_at, actor, action, object_type, object_id) VALUES (?,?,?,?,?)",
                Timestamp.from(Instant.now()), "someone", "test.appendOnly", "AppendOnly", "2");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_record SET actor = 'nobody' WHERE object_type = 'AppendOnly'"
                + " AND object_id = '2'")).isInstanceOf(DataAccessException.class);

        // what the retention archive deletes, older than a year, may go
        jdbc.update("INSERT INTO audit_record (occurred_at, actor, action, object_type, object_id) VALUES (?,?,?,?,?)",
                Timestamp.from(Instant.now().minus(Duration.ofDays(400))), "system", "test.appendOnly", "AppendOnly", "old");
        assertThat(jdbc.update("DELETE FROM audit_record WHERE object_type = 'AppendOnly' AND object_id = 'old'"))
                .isEqualTo(1);
    }
}
