package cn.gov.dehong.cloud.operations.internal;

import java.time.Duration;
import java.time.Instant;

/** Art. 17: what the archive may take: entries that occurred strictly before now minus the retention. */
final class RetentionRules {

    private RetentionRules() {
    }

    static Instant cutoff(Instant now, int retentionDays) {
        if (retentionDays < AuditRetentionSettings.MINIMUM_DAYS) {
            throw new IllegalArgumentException("retention below " + AuditRetentionSettings.MINIMUM_DAYS + " days");
        }
        return now.minus(Duration.ofDays(retentionDays));
    }

    static boolean archivable(Instant occurredAt, Instant cutoff) {
        return occurredAt.isBefore(cutoff);
    }
}
