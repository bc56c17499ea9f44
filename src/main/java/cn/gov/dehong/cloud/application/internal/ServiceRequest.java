package cn.gov.dehong.cloud.application.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.gov.dehong.cloud.application.RequestStatus;
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
 * A unit's request on a running service instance: a change of its configuration (Art. 9(六)) or its termination
 * (Art. 9(七)). One table, one process each; the fields that apply depend on the type.
 */
@Entity
@Table(name = "app_service_request")
class ServiceRequest {

    enum Type { CHANGE, TERMINATION }

    /** Art. 9(六): which way the monthly fee moves. */
    enum FeeDirection { UP, DOWN, NONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Type type;

    @Column(nullable = false)
    private Long instanceId;

    @Column(nullable = false)
    private String instanceCode;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    // change
    private Integer newVcpu;
    private Integer newMemoryGb;
    private Integer newDiskGb;
    private Integer newBandwidthMbps;
    private Integer newQuantity;
    @Column(precision = 14, scale = 2) private BigDecimal oldMonthlyFee;
    @Column(precision = 14, scale = 2) private BigDecimal newMonthlyFee;
    @Enumerated(EnumType.STRING) private FeeDirection feeDirection;

    // termination
    private boolean dataBackupConfirmed;
    private LocalDate requestedEndDate;
    private LocalDate endDate;
    private Integer monthsOfUse;
    private Boolean withinFirstYear;
    @Column(length = 2000) private String dataHandover;
    private String purgeMethod;
    private LocalDate purgedOn;

    private LocalDate completedOn;

    private String processInstanceId;

    @Column(nullable = false)
    private String requestedBy;

    @Column(nullable = false)
    private Instant requestedAt;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    static ServiceRequest change(String code, Long instanceId, String instanceCode, Long unitId, String unitName,
                                 String reason, int vcpu, int memoryGb, int diskGb, int bandwidthMbps, int quantity,
                                 BigDecimal oldFee, BigDecimal newFee, String by, Instant at) {
        ServiceRequest request = new ServiceRequest(code, Type.CHANGE, instanceId, instanceCode, unitId, unitName,
                reason, by, at);
        request.newVcpu = vcpu;
        request.newMemoryGb = memoryGb;
        request.newDiskGb = diskGb;
        request.newBandwidthMbps = bandwidthMbps;
        request.newQuantity = quantity;
        request.oldMonthlyFee = oldFee;
        request.newMonthlyFee = newFee;
        int comparison = newFee.compareTo(oldFee);
        request.feeDirection = comparison > 0 ? FeeDirection.UP : comparison < 0 ? FeeDirection.DOWN : FeeDirection.NONE;
        return request;
    }

    static ServiceRequest termination(String code, Long instanceId, String instanceCode, Long unitId, String unitName,
                                      String reason, boolean dataBackupConfirmed, LocalDate requestedEndDate,
                                      String by, Instant at) {
        ServiceRequest request = new ServiceRequest(code, Type.TERMINATION, instanceId, instanceCode, unitId, unitName,
                reason, by, at);
        request.dataBackupConfirmed = dataBackupConfirmed;
        request.requestedEndDate = requestedEndDate;
        return request;
    }

    private ServiceRequest(String code, Type type, Long instanceId, String instanceCode, Long unitId, String unitName,
                           String reason, String requestedBy, Instant requestedAt) {
        this.code = code;
        this.type = type;
        this.instanceId = instanceId;
        this.instanceCode = instanceCode;
        this.unitId = unitId;
        this.unitName = unitName;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = RequestStatus.REVIEW;
    }

    void moveTo(RequestStatus target) {
        if (!status.canMoveTo(target)) {
            throw BusinessRuleException.conflict("request.error.transition", code, status, target);
        }
        status = target;
    }

    void assignCode(String code) {
        this.code = code;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void changeApplied(LocalDate on) {
        moveTo(RequestStatus.COMPLETED);
        this.completedOn = on;
    }

    void terminated(LocalDate endDate, int monthsOfUse, boolean withinFirstYear, String dataHandover,
                    String purgeMethod, LocalDate purgedOn) {
        moveTo(RequestStatus.COMPLETED);
        this.endDate = endDate;
        this.completedOn = endDate;
        this.monthsOfUse = monthsOfUse;
        this.withinFirstYear = withinFirstYear;
        this.dataHandover = dataHandover;
        this.purgeMethod = purgeMethod;
        this.purgedOn = purgedOn;
    }

    BigDecimal monthlyFeeDelta() {
        return newMonthlyFee == null ? BigDecimal.ZERO : newMonthlyFee.subtract(oldMonthlyFee);
    }

    Long getId() { return id; }
    String getCode() { return code; }
    Type getType() { return type; }
    Long getInstanceId() { return instanceId; }
    String getInstanceCode() { return instanceCode; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getReason() { return reason; }
    RequestStatus getStatus() { return status; }
    Integer getNewVcpu() { return newVcpu; }
    Integer getNewMemoryGb() { return newMemoryGb; }
    Integer getNewDiskGb() { return newDiskGb; }
    Integer getNewBandwidthMbps() { return newBandwidthMbps; }
    Integer getNewQuantity() { return newQuantity; }
    BigDecimal getOldMonthlyFee() { return oldMonthlyFee; }
    BigDecimal getNewMonthlyFee() { return newMonthlyFee; }
    FeeDirection getFeeDirection() { return feeDirection; }
    boolean isDataBackupConfirmed() { return dataBackupConfirmed; }
    LocalDate getRequestedEndDate() { return requestedEndDate; }
    LocalDate getEndDate() { return endDate; }
    Integer getMonthsOfUse() { return monthsOfUse; }
    Boolean getWithinFirstYear() { return withinFirstYear; }
    String getDataHandover() { return dataHandover; }
    String getPurgeMethod() { return purgeMethod; }
    LocalDate getPurgedOn() { return purgedOn; }
    LocalDate getCompletedOn() { return completedOn; }
    String getProcessInstanceId() { return processInstanceId; }
    String getRequestedBy() { return requestedBy; }
    Instant getRequestedAt() { return requestedAt; }
}
