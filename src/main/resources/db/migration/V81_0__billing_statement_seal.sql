-- Integrity of closed statements (GB/T 39786-2021 §8.4, 数据完整性): when a period is closed, an HMAC (HMAC-SM3 by
-- default, key from configuration, never in the database) over the canonical content of all its charge lines, on
-- which every statement of the period is built. Recomputed whenever a closed statement is read.
CREATE TABLE bil_period_seal (
    period VARCHAR(7) PRIMARY KEY,
    algorithm VARCHAR(16) NOT NULL,
    mac VARCHAR(128) NOT NULL,
    line_count INT NOT NULL,
    total NUMERIC(16, 2) NOT NULL,
    sealed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
