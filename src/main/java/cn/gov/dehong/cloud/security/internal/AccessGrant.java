package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;
import java.util.Set;

import cn.gov.dehong.cloud.security.AccessAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A vendor operator's access to one service instance of a unit, as requested and as the unit leader decided (Art. 23). */
@Entity
@Table(name = "sec_access_grant")
class AccessGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false)
    private Long instanceId;

    @Column(nullable = false)
    private String instanceCode;

    @Column(nullable = false)
    private String operator;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private String actions;

    @Column(nullable = false)
    private Instant validFrom;

    @Column(nullable = false)
    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessRules.GrantStatus status;

    @Column(nullable = false)
    private Instant requestedAt;

    private String decidedBy;
    private Instant decidedAt;
    private String refusalReason;

    @Version
    private long version;

    protected AccessGrant() {
    }

    AccessGrant(Long unitId, String unitName, Long instanceId, String instanceCode, String operator, String purpose,
                Set<AccessAction> actions, Instant validFrom, Instant validUntil, Instant requestedAt) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.instanceId = instanceId;
        this.instanceCode = instanceCode;
        this.operator = operator;
        this.purpose = purpose;
        this.actions = AccessRules.format(actions);
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.status = AccessRules.GrantStatus.REQUESTED;
        this.requestedAt = requestedAt;
    }

    void approve(String by, Instant at) {
        this.status = AccessRules.GrantStatus.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void refuse(String by, Instant at, String reason) {
        this.status = AccessRules.GrantStatus.REFUSED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.refusalReason = reason;
    }

    AccessRules.GrantTerms terms() {
        return new AccessRules.GrantTerms(status, validFrom, validUntil, AccessRules.parse(actions));
    }

    String describe() {
        return "instance=%s, unit=%s, operator=%s, actions=%s, window=%s..%s, status=%s, decidedBy=%s, reason=%s"
                .formatted(instanceCode, unitName, operator, actions, validFrom, validUntil, status, decidedBy,
                        refusalReason);
    }

    Long getId() { return id; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    Long getInstanceId() { return instanceId; }
    String getInstanceCode() { return instanceCode; }
    String getOperator() { return operator; }
    String getPurpose() { return purpose; }
    Instant getValidFrom() { return validFrom; }
    Instant getValidUntil() { return validUntil; }
    AccessRules.GrantStatus getStatus() { return status; }
    Instant getRequestedAt() { return requestedAt; }
    String getDecidedBy() { return decidedBy; }
    Instant getDecidedAt() { return decidedAt; }
    String getRefusalReason() { return refusalReason; }
    long getVersion() { return version; }
}
