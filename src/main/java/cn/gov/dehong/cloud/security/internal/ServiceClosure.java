package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.dehong.cloud.application.ApplicationEvents.ServiceDecommissioned;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The data handover and purge of an ended service (Art. 23): certified by the vendor at termination, confirmed by
 * the unit; CLOSED only when the unit has confirmed both. A unit that disputes them says why (DISPUTED).
 */
@Entity
@Table(name = "sec_closure")
class ServiceClosure {

    enum Status { AWAITING_UNIT, DISPUTED, CLOSED }

    enum Part { HANDOVER, PURGE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long terminationRequestId;
    @Column(nullable = false)
    private String requestCode;
    @Column(nullable = false)
    private Long instanceId;
    @Column(nullable = false)
    private String instanceCode;
    @Column(nullable = false)
    private Long unitId;
    @Column(nullable = false)
    private String unitName;
    @Column(nullable = false)
    private LocalDate endDate;
    @Column(nullable = false)
    private String dataHandover;
    @Column(nullable = false)
    private String purgeMethod;
    @Column(nullable = false)
    private LocalDate purgedOn;
    @Column(nullable = false)
    private String certifiedBy;
    @Column(nullable = false)
    private Instant certifiedAt;

    private String handoverConfirmedBy;
    private Instant handoverConfirmedAt;
    private String purgeConfirmedBy;
    private Instant purgeConfirmedAt;
    private String disputeNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Version
    private long version;

    protected ServiceClosure() {
    }

    ServiceClosure(ServiceDecommissioned e, Instant at) {
        this.terminationRequestId = e.terminationRequestId();
        this.requestCode = e.requestCode();
        this.instanceId = e.instanceId();
        this.instanceCode = e.instanceCode();
        this.unitId = e.unitId();
        this.unitName = e.unitName();
        this.endDate = e.endDate();
        this.dataHandover = e.dataHandover();
        this.purgeMethod = e.purgeMethod();
        this.purgedOn = e.purgedOn();
        this.certifiedBy = e.certifiedBy();
        this.certifiedAt = at;
        this.status = Status.AWAITING_UNIT;
    }

    /** The unit confirms one part; both confirmed closes the service. Nothing changes once closed. */
    void confirm(Part part, String by, Instant at) {
        if (status == Status.CLOSED) {
            throw BusinessRuleException.conflict("security.closure.error.closed");
        }
        if (part == Part.HANDOVER) {
            if (handoverConfirmedAt != null) {
                throw BusinessRuleException.conflict("security.closure.error.alreadyConfirmed");
            }
            handoverConfirmedBy = by;
            handoverConfirmedAt = at;
        } else {
            if (purgeConfirmedAt != null) {
                throw BusinessRuleException.conflict("security.closure.error.alreadyConfirmed");
            }
            purgeConfirmedBy = by;
            purgeConfirmedAt = at;
        }
        status = handoverConfirmedAt != null && purgeConfirmedAt != null ? Status.CLOSED : Status.AWAITING_UNIT;
    }

    void dispute(String note) {
        if (status == Status.CLOSED) {
            throw BusinessRuleException.conflict("security.closure.error.closed");
        }
        disputeNote = note;
        status = Status.DISPUTED;
    }

    String describe() {
        return "request=%s, instance=%s, status=%s, handoverConfirmed=%s, purgeConfirmed=%s, dispute=%s".formatted(
                requestCode, instanceCode, status, handoverConfirmedAt != null, purgeConfirmedAt != null,
                disputeNote);
    }

    Long getId() { return id; }
    Long getTerminationRequestId() { return terminationRequestId; }
    String getRequestCode() { return requestCode; }
    Long getInstanceId() { return instanceId; }
    String getInstanceCode() { return instanceCode; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    LocalDate getEndDate() { return endDate; }
    String getDataHandover() { return dataHandover; }
    String getPurgeMethod() { return purgeMethod; }
    LocalDate getPurgedOn() { return purgedOn; }
    String getCertifiedBy() { return certifiedBy; }
    Instant getCertifiedAt() { return certifiedAt; }
    String getHandoverConfirmedBy() { return handoverConfirmedBy; }
    Instant getHandoverConfirmedAt() { return handoverConfirmedAt; }
    String getPurgeConfirmedBy() { return purgeConfirmedBy; }
    Instant getPurgeConfirmedAt() { return purgeConfirmedAt; }
    String getDisputeNote() { return disputeNote; }
    Status getStatus() { return status; }
    long getVersion() { return version; }
}
