-- PostgreSQL roles for production (GB/T 22239-2019 level 3, 安全审计: the application cannot change its audit log).
--
--   dehong_owner  owns the schema and every table; Flyway runs as it (migrations, the append-only trigger).
--                 Used only for deployments: spring.flyway.user / spring.flyway.password.
--   dehong_app    what the running application logs in as (DB_USER / DB_PASSWORD): data rights on the business
--                 tables, and on the audit tables INSERT and SELECT only, plus the two narrow writes the
--                 trigger of V41_0 allows anyway (sealing the chain columns, deleting records older than 365 days
--                 for the retention archive). It owns nothing, so it cannot ALTER TABLE ... DISABLE TRIGGER.
--
-- Run once as a superuser, after the first deployment created the tables (re-run after a migration adds tables:
-- the ALTER DEFAULT PRIVILEGES below covers tables created later by dehong_owner).
--   psql -v owner_pw="'...'" -v app_pw="'...'" -d dehong -f docs/ops/db-roles.sql
-- Then start the application with:
--   DB_USER=dehong_app DB_PASSWORD=... SPRING_FLYWAY_USER=dehong_owner SPRING_FLYWAY_PASSWORD=... \
--   java -jar dehong-cloud.jar --spring.profiles.active=prod
-- (Flowable creates its ACT_* tables at start-up: with flowable.database-schema-update=true the first start must
--  run as dehong_owner, or set it to false after the first deployment.)

CREATE ROLE dehong_owner LOGIN PASSWORD :owner_pw;
CREATE ROLE dehong_app LOGIN PASSWORD :app_pw;

ALTER SCHEMA public OWNER TO dehong_owner;
GRANT USAGE ON SCHEMA public TO dehong_app;

-- every table and sequence of the schema now belongs to the owner
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER TABLE public.%I OWNER TO dehong_owner', t.tablename);
  END LOOP;
END $$;

-- business tables: the application reads and writes them
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dehong_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO dehong_app;
ALTER DEFAULT PRIVILEGES FOR ROLE dehong_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO dehong_app;
ALTER DEFAULT PRIVILEGES FOR ROLE dehong_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO dehong_app;

-- audit tables: append and read only
REVOKE ALL ON audit_record, audit_chain_check FROM dehong_app;
GRANT SELECT, INSERT ON audit_record, audit_chain_check TO dehong_app;
-- sealing (AuditSealing) fills in the chain columns of new records; the trigger refuses anything else
GRANT UPDATE (chain_seq, chain_hash, sealed_at) ON audit_record TO dehong_app;
-- the retention archive (operations AuditArchive) deletes archived records; the trigger refuses anything younger
-- than 365 days. Leave this out if the archive is run by an operator as dehong_owner instead.
GRANT DELETE ON audit_record TO dehong_app;
-- the sealers' lock row (SELECT ... FOR UPDATE needs UPDATE)
REVOKE ALL ON audit_chain_lock FROM dehong_app;
GRANT SELECT, UPDATE ON audit_chain_lock TO dehong_app;

-- check (tried on PostgreSQL 15 inside a transaction that was rolled back): as dehong_app these fail
--   UPDATE audit_record SET after_state = 'x' WHERE id = (SELECT max(id) FROM audit_record);   -- trigger
--   DELETE FROM audit_record WHERE id = (SELECT max(id) FROM audit_record);                    -- trigger
--   ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only;                         -- not the owner
