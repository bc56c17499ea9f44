-- Monthly pre-aggregate of the efficiency counts (Art. 30): per closed month and instance, the days measured and the
-- days below the idle and over-provisioning limits in force when it was refreshed (limits_key). Counts add up over
-- months, so a report over closed months reads these rows instead of the daily aggregates.
CREATE TABLE sup_efficiency_month (
    month_key VARCHAR(7) NOT NULL PRIMARY KEY,
    limits_key VARCHAR(120) NOT NULL,
    instance_count INT NOT NULL,
    refreshed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sup_efficiency_monthly (
    month_key VARCHAR(7) NOT NULL,
    instance_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    cpu_days INT NOT NULL,
    cpu_below_idle INT NOT NULL,
    cpu_below_over INT NOT NULL,
    cpu_p95_sum DOUBLE PRECISION NOT NULL,
    memory_days INT NOT NULL,
    memory_below_idle INT NOT NULL,
    memory_below_over INT NOT NULL,
    memory_p95_sum DOUBLE PRECISION NOT NULL,
    disk_days INT NOT NULL,
    disk_below_over INT NOT NULL,
    disk_p95_sum DOUBLE PRECISION NOT NULL,
    CONSTRAINT sup_efficiency_monthly_key PRIMARY KEY (month_key, instance_id)
);
CREATE INDEX sup_efficiency_monthly_unit_idx ON sup_efficiency_monthly (unit_id, month_key);
