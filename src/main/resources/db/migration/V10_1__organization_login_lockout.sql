-- Failed-login counting and lockout (GB/T 22239-2019 level 3, 登录失败处理), shared by every instance.
ALTER TABLE org_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE org_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
