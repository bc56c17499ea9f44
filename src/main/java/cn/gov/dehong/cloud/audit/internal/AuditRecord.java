package cn.gov.dehong.cloud.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "audit_record")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    private Long actorUnitId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String objectType;

    private String objectId;

    @Column(name = "before_state", length = 4000)
    private String before;

    @Column(name = "after_state", length = 4000)
    private String after;

    private String ipAddress;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String actor, Long actorUnitId, String action, String objectType, String objectId,
                String before, String after, String ipAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorUnitId = actorUnitId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.before = before;
        this.after = after;
        this.ipAddress = ipAddress;
    }

    Long getId() { return id; }
    Instant getOccurredAt() { return occurredAt; }
    String getActor() { return actor; }
    Long getActorUnitId() { return actorUnitId; }
    String getAction() { return action; }
    String getObjectType() { return objectType; }
    String getObjectId() { return objectId; }
    String getBefore() { return before; }
    String getAfter() { return after; }
    String getIpAddress() { return ipAddress; }
}
