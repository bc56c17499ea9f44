package cn.gov.dehong.cloud.audit.internal;

import static cn.gov.dehong.cloud.support.ApiClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.dehong.cloud.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Altering or deleting a row of the audit log in the database is detected by the chain verification. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditChainIT {

    @Autowired AuditLog audit;
    @Autowired AuditSealing sealing;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    @Test
    void aTamperedOrDeletedRowIsDetected() throws Exception {
        for (int i = 0; i < 5; i++) {
            int n = i;
            transactions.executeWithoutResult(status -> audit.record("test.chain", "ChainTest", n, "before " + n, "after " + n));
        }
        assertThat(sealing.verify().intact()).isTrue();
        Long target = jdbc.queryForObject("SELECT id FROM audit_record WHERE object_type = 'ChainTest' AND object_id = '2'",
                Long.class);

        // on PostgreSQL the append-only trigger refuses these edits: tamper as a database superuser would, trigger off
        boolean postgres = AuditAppendOnlyIT.isPostgres(jdbc);
        if (postgres) {
            jdbc.execute("ALTER TABLE audit_record DISABLE TRIGGER " + AuditAppendOnlyMigration.TRIGGER);
        }
        try {
            jdbc.update("UPDATE audit_record SET after_state = 'forged' WHERE id = ?", target);
            AuditSealing.Verification tampered = sealing.verify();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.brokenAtId()).isEqualTo(target);

            jdbc.update("UPDATE audit_record SET after_state = 'after 2' WHERE id = ?", target);
            assertThat(sealing.verify().intact()).isTrue();

            jdbc.update("DELETE FROM audit_record WHERE id = ?", target);
            assertThat(sealing.verify().intact()).isFalse();
        } finally {
            if (postgres) {
                jdbc.execute("ALTER TABLE audit_record ENABLE TRIGGER " + AuditAppendOnlyMigration.TRIGGER);
            }
        }

        // only the auditor may run it (三员分立)
        mvc.perform(post("/api/v1/audit/chain/verification").with(as("edu.applicant"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/audit/chain/verification").with(as("auditor"))).andExpect(status().isOk());
    }
}
