package cn.gov.dehong.cloud.operations.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Art. 17: the operation log is kept at least one year. {@code dehong.audit.retention-days} (default 400) may be
 * raised but never set below 365: the application refuses to start. {@code dehong.audit.archive-batch-size} rows are
 * written and deleted per step, so memory stays bounded however large the backlog.
 */
@ConfigurationProperties("dehong.audit")
record AuditRetentionSettings(@DefaultValue("400") int retentionDays, @DefaultValue("1000") int archiveBatchSize) {

    static final int MINIMUM_DAYS = 365;

    AuditRetentionSettings {
        if (retentionDays < MINIMUM_DAYS) {
            throw new IllegalArgumentException("dehong.audit.retention-days must be at least " + MINIMUM_DAYS
                    + " (Art. 17: logs are kept at least one year), was " + retentionDays);
        }
        if (archiveBatchSize < 1) {
            throw new IllegalArgumentException("dehong.audit.archive-batch-size must be positive");
        }
    }
}
