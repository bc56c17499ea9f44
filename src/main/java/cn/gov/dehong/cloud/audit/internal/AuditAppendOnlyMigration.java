package cn.gov.dehong.cloud.audit.internal;

import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V41_0: on PostgreSQL the database itself refuses UPDATE, DELETE and TRUNCATE of audit records (GB/T
 * 22239-2019 level 3 安全审计: 审计记录应进行保护，避免受到未预期的删除、修改或覆盖), whatever the application does.
 * Two writes stay possible, each as narrow as the database can say it:
 * <ul>
 * <li>sealing: an UPDATE of a record not yet in the chain ({@code chain_seq IS NULL}) that changes only
 * {@code chain_seq}, {@code chain_hash} and {@code sealed_at} ({@code AuditSealing});</li>
 * <li>the retention archive: a DELETE of a record older than 365 days, the legal minimum of Art. 17 (the archive
 * deletes only beyond {@code dehong.audit.retention-days}, never below 365).</li>
 * </ul>
 * A database superuser (or the table owner) can still {@code ALTER TABLE audit_record DISABLE TRIGGER}: that is what
 * the SM3 hash chain is for, and {@code docs/ops/db-roles.sql} runs the application under a role that owns nothing.
 * H2 (the embedded development database) gets no trigger: it is for development and tests only, never production.
 * A Java migration because the trigger is PL/pgSQL, which H2 cannot parse.
 */
@Component
class AuditAppendOnlyMigration implements JavaMigration {

    static final String TRIGGER = "audit_record_append_only";

    private static final String FUNCTION = """
            CREATE OR REPLACE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'TRUNCATE' THEN
                RAISE EXCEPTION 'audit_record is append-only: TRUNCATE refused' USING ERRCODE = '42501';
              END IF;
              IF TG_OP = 'UPDATE' THEN
                IF OLD.chain_seq IS NULL
                   AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.actor = OLD.actor
                   AND NEW.action = OLD.action AND NEW.object_type = OLD.object_type
                   AND NEW.actor_unit_id IS NOT DISTINCT FROM OLD.actor_unit_id
                   AND NEW.object_id IS NOT DISTINCT FROM OLD.object_id
                   AND NEW.before_state IS NOT DISTINCT FROM OLD.before_state
                   AND NEW.after_state IS NOT DISTINCT FROM OLD.after_state
                   AND NEW.ip_address IS NOT DISTINCT FROM OLD.ip_address THEN
                  RETURN NEW;
                END IF;
                RAISE EXCEPTION 'audit_record is append-only: UPDATE of record % refused', OLD.id USING ERRCODE = '42501';
              END IF;
              IF OLD.occurred_at < now() - INTERVAL '365 days' THEN
                RETURN OLD;
              END IF;
              RAISE EXCEPTION 'audit_record is append-only: DELETE of record % refused (kept at least 365 days)', OLD.id
                USING ERRCODE = '42501';
            END
            $$""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("41.0");
    }

    @Override
    public String getDescription() {
        return "audit append only trigger";
    }

    @Override
    public Integer getChecksum() {
        return FUNCTION.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(FUNCTION);
            statement.execute("CREATE TRIGGER " + TRIGGER + " BEFORE UPDATE OR DELETE ON audit_record"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_record_append_only()");
            statement.execute("CREATE TRIGGER " + TRIGGER + "_truncate BEFORE TRUNCATE ON audit_record"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION audit_record_append_only()");
        }
    }
}
