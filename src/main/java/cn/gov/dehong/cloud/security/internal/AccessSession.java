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

/** A recorded access of a vendor operator to a unit's resource; kept even when no grant covered it (a violation). */
@Entity
@Table(name = "sec_access_session")
class AccessSession {

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

    private Long grantId;

    @Column(nullable = false)
    private String operator;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant endedAt;

    @Column(nullable = false)
    private String actions;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    private AccessRules.Violation violation;

    @Column(nullable = false)
    private Instant recordedAt;

    protected AccessSession() {
    }

    AccessSession(Long unitId, String unitName, Long instanceId, String instanceCode, Long grantId, String operator,
                  Instant startedAt, Instant endedAt, Set<AccessAction> actions, String description,
                  AccessRules.Violation violation, Instant recordedAt) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.instanceId = instanceId;
        this.instanceCode = instanceCode;
        this.grantId = grantId;
        this.operator = operator;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.actions = AccessRules.format(actions);
        this.description = description;
        this.violation = violation;
        this.recordedAt = recordedAt;
    }

    String describe() {
        return "instance=%s, operator=%s, grant=%s, %s..%s, actions=%s, violation=%s, did=%s".formatted(instanceCode,
                operator, grantId, startedAt, endedAt, actions, violation, description);
    }

    Long getId() { return id; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    Long getInstanceId() { return instanceId; }
    String getInstanceCode() { return instanceCode; }
    Long getGrantId() { return grantId; }
    String getOperator() { return operator; }
    Instant getStartedAt() { return startedAt; }
    Instant getEndedAt() { return endedAt; }
    Set<AccessAction> getActions() { return AccessRules.parse(actions); }
    String getDescription() { return description; }
    AccessRules.Violation getViolation() { return violation; }
    Instant getRecordedAt() { return recordedAt; }
}
