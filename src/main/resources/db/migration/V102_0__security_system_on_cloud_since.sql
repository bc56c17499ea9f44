-- Art. 30: the adoption ratio of a past period counts the systems on the cloud by the end of that period, so the
-- inventory records the day a system went on the cloud (set when its on-cloud flag is set, cleared when unset).
-- Existing systems on the cloud: the day they were registered in Asia/Shanghai, the earliest day the platform knows
-- (through text: H2 casts a TIMESTAMP WITH TIME ZONE to DATE in the session's zone, PostgreSQL in the given one).
ALTER TABLE sec_application_system ADD COLUMN on_cloud_since DATE;
UPDATE sec_application_system
    SET on_cloud_since = CAST(SUBSTRING(CAST((created_at AT TIME ZONE 'Asia/Shanghai') AS VARCHAR), 1, 10) AS DATE)
    WHERE on_cloud;
