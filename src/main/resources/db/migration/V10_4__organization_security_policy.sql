-- Password and lockout policy, edited by the security administrator (三员分立: 安全管理员), read by every instance.
CREATE TABLE org_security_policy (
    id INT PRIMARY KEY,
    max_failed_logins INT NOT NULL,
    lockout_minutes INT NOT NULL,
    password_max_age_days INT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE,
    updated_by VARCHAR(64)
);
INSERT INTO org_security_policy (id, max_failed_logins, lockout_minutes, password_max_age_days) VALUES (1, 5, 30, 90);
