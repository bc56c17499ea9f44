package cn.gov.dehong.cloud.audit.internal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.gov.dehong.cloud.audit.AuditEntry;

/** An audit entry with its time in Dehong (entries are stored in UTC). */
record AuditRow(Long id, LocalDateTime time, String actor, Long actorUnitId, String action, String objectType,
                String objectId, String before, String after, String ipAddress) {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.id(), LocalDateTime.ofInstant(entry.occurredAt(), SHANGHAI), entry.actor(),
                entry.actorUnitId(), entry.action(), entry.objectType(), entry.objectId(), entry.before(),
                entry.after(), entry.ipAddress());
    }
}
