-- Two-factor authentication with TOTP (RFC 6238), GB/T 22239-2019 level 3 身份鉴别 (两种或两种以上组合的鉴别技术).
-- The secret is encrypted by the application (SM4-GCM, key from configuration, never in the database); the last
-- accepted time step makes a code single-use on every instance (a conditional UPDATE, no in-memory cache).
ALTER TABLE org_user ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE org_user ADD COLUMN totp_pending_secret VARCHAR(200);
ALTER TABLE org_user ADD COLUMN totp_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE org_user ADD COLUMN totp_last_step BIGINT;
