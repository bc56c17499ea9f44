-- Responsible persons' phone numbers are stored SM4-encrypted ("sm4:" + Base64), longer than the plain numbers
ALTER TABLE sec_application_system ALTER COLUMN admin_phone SET DATA TYPE VARCHAR(200);
ALTER TABLE sec_application_system ALTER COLUMN secrecy_phone SET DATA TYPE VARCHAR(200);
ALTER TABLE sec_application_system ALTER COLUMN audit_phone SET DATA TYPE VARCHAR(200);
