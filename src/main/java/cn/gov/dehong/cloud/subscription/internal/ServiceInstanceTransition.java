package cn.gov.dehong.cloud.subscription.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One status change of an instance: the history billing and supervision read. */
@Entity
@Table(name = "sub_status_change")
class ServiceInstanceTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long instanceId;

    @Enumerated(EnumType.STRING)
    private ServiceInstanceStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceInstanceStatus toStatus;

    @Column(nullable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String actor;

    private String reason;

    protected ServiceInstanceTransition() {
    }

    ServiceInstanceTransition(Long instanceId, ServiceInstanceStatus fromStatus, ServiceInstanceStatus toStatus,
                              LocalDate effectiveOn, String actor, String reason) {
        this.instanceId = instanceId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveOn = effectiveOn;
        this.recordedAt = Instant.now();
        this.actor = actor;
        this.reason = reason;
    }

    ServiceInstanceStatus getFromStatus() { return fromStatus; }
    ServiceInstanceStatus getToStatus() { return toStatus; }
    LocalDate getEffectiveOn() { return effectiveOn; }
    Instant getRecordedAt() { return recordedAt; }
    String getActor() { return actor; }
    String getReason() { return reason; }
}
