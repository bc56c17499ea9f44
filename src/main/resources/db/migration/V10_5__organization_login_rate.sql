-- Failed logins per source address and time window, shared by every instance (rate limiting of the login, beyond
-- the per-account lockout: stops password spraying across many accounts from one address).
CREATE TABLE org_login_rate (
    ip_address VARCHAR(64) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    failures INT NOT NULL,
    PRIMARY KEY (ip_address, window_start)
);
CREATE INDEX org_login_rate_window_idx ON org_login_rate (window_start);
