package cn.gov.dehong.cloud.organization.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.LoginRateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Fixed windows per address in {@code org_login_rate}: an idempotent insert, then an atomic increment. */
@Service
class JdbcLoginRateLimit implements LoginRateLimit {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    JdbcLoginRateLimit(JdbcTemplate jdbc, AuditLog audit, Clock clock,
                       @Value("${dehong.security.login-rate.max-failures:20}") int maxFailures,
                       @Value("${dehong.security.login-rate.window:PT10M}") Duration window) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean blocked(String ipAddress) {
        if (ipAddress == null) {
            return false;
        }
        Integer failures = jdbc.query("SELECT failures FROM org_login_rate WHERE ip_address = ? AND window_start = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, ipAddress, Timestamp.from(windowStart()));
        return failures != null && failures >= maxFailures;
    }

    @Override
    public long retryAfterSeconds() {
        return Math.max(1, Duration.between(clock.instant(), windowStart().plus(window)).toSeconds());
    }

    /** Counts one failed attempt; joins the caller's (REQUIRES_NEW) transaction of the failure's audit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordFailure(String ipAddress) {
        if (ipAddress == null) {
            return;
        }
        Timestamp start = Timestamp.from(windowStart());
        int created = jdbc.update("INSERT INTO org_login_rate (ip_address, window_start, failures) VALUES (?, ?, 0)"
                + " ON CONFLICT DO NOTHING", ipAddress, start);
        if (created == 1) {
            // a new window of this address: forget windows older than a day
            jdbc.update("DELETE FROM org_login_rate WHERE window_start < ?",
                    Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
        }
        jdbc.update("UPDATE org_login_rate SET failures = failures + 1 WHERE ip_address = ? AND window_start = ?",
                ipAddress, start);
        Integer failures = jdbc.queryForObject("SELECT failures FROM org_login_rate WHERE ip_address = ? AND window_start = ?",
                Integer.class, ipAddress, start);
        if (failures != null && failures == maxFailures) {
            audit.record("security.login.rateLimited", "SourceAddress", ipAddress, null,
                    maxFailures + " failed logins within " + window);
        }
    }

    private Instant windowStart() {
        long seconds = window.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(clock.instant().getEpochSecond(), seconds) * seconds);
    }
}
