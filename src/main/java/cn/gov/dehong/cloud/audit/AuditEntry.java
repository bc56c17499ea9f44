package cn.gov.dehong.cloud.audit;

import java.time.Instant;

public record AuditEntry(Long id, Instant occurredAt, String actor, Long actorUnitId, String action,
                         String objectType, String objectId, String before, String after, String ipAddress) {
}
