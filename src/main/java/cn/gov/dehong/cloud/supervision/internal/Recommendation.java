package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The DEC's recommendation to a unit to downsize or terminate an idle or over-provisioned instance (Art. 30). */
@Entity
@Table(name = "sup_recommendation")
class Recommendation {

    enum Kind { DOWNSIZE, TERMINATE }

    enum Status { SENT, ACCEPTED, DECLINED }

    /** The two columns a report needs of an open recommendation (a Spring Data projection, no entity loaded). */
    interface OpenView {
        Long getId();

        Long getInstanceId();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long instanceId;

    @Column(nullable = false)
    private String instanceCode;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private SupervisionRules.Efficiency efficiency;

    private String findingNote;

    @Column(nullable = false)
    private String message;

    private BigDecimal feeAtStake;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String sentBy;

    @Column(nullable = false)
    private Instant sentAt;

    private String answeredBy;
    private Instant answeredAt;
    private String declineReason;
    private Long requestId;
    private String requestCode;

    @Version
    private long version;

    protected Recommendation() {
    }

    Recommendation(Long instanceId, String instanceCode, Long unitId, String unitName, Kind kind,
                   SupervisionRules.Efficiency efficiency, String findingNote, String message, BigDecimal feeAtStake,
                   String sentBy, Instant sentAt) {
        this.instanceId = instanceId;
        this.instanceCode = instanceCode;
        this.unitId = unitId;
        this.unitName = unitName;
        this.kind = kind;
        this.efficiency = efficiency;
        this.findingNote = findingNote;
        this.message = message;
        this.feeAtStake = feeAtStake;
        this.status = Status.SENT;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    void accept(String by, Instant at, Long requestId, String requestCode) {
        this.status = Status.ACCEPTED;
        this.answeredBy = by;
        this.answeredAt = at;
        this.requestId = requestId;
        this.requestCode = requestCode;
    }

    void decline(String by, Instant at, String reason) {
        this.status = Status.DECLINED;
        this.answeredBy = by;
        this.answeredAt = at;
        this.declineReason = reason;
    }

    String describe() {
        return "instance=%s, unit=%s, kind=%s, efficiency=%s, fee=%s, status=%s, request=%s, decline=%s".formatted(
                instanceCode, unitName, kind, efficiency, feeAtStake, status, requestCode, declineReason);
    }

    Long getId() { return id; }
    Long getInstanceId() { return instanceId; }
    String getInstanceCode() { return instanceCode; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    Kind getKind() { return kind; }
    SupervisionRules.Efficiency getEfficiency() { return efficiency; }
    String getFindingNote() { return findingNote; }
    String getMessage() { return message; }
    BigDecimal getFeeAtStake() { return feeAtStake; }
    Status getStatus() { return status; }
    String getSentBy() { return sentBy; }
    Instant getSentAt() { return sentAt; }
    String getAnsweredBy() { return answeredBy; }
    Instant getAnsweredAt() { return answeredAt; }
    String getDeclineReason() { return declineReason; }
    Long getRequestId() { return requestId; }
    String getRequestCode() { return requestCode; }
    long getVersion() { return version; }
}
