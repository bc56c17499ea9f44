package cn.gov.dehong.cloud.subscription.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "sub_service_instance")
class ServiceInstance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private Long applicationId;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false)
    private Long productId;

    @Column(nullable = false)
    private String productName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlatformZone zone;

    private Integer vcpu;
    private Integer memoryGb;
    private Integer diskGb;
    private Integer bandwidthMbps;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceInstanceStatus status;

    private LocalDate testStart;
    private LocalDate testEnd;
    private LocalDate billingStart;
    private LocalDate endDate;

    @Column(precision = 14, scale = 2)
    private BigDecimal monthlyFeeEstimate;

    private boolean goLiveConfirmed;

    @Version
    private long version;

    protected ServiceInstance() {
    }

    ServiceInstance(String code, Long applicationId, Long unitId, String unitName, Long productId, String productName,
                    PlatformZone zone, SpecValues spec, int quantity, BigDecimal monthlyFeeEstimate,
                    LocalDate testStart, LocalDate testEnd) {
        this.code = code;
        this.applicationId = applicationId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.productId = productId;
        this.productName = productName;
        this.zone = zone;
        applySpec(spec, quantity);
        this.monthlyFeeEstimate = monthlyFeeEstimate;
        this.status = ServiceInstanceStatus.TESTING;
        this.testStart = testStart;
        this.testEnd = testEnd;
    }

    /** Moves to {@code target} or fails with 409 when the regulation's sequence does not allow it. */
    ServiceInstanceStatus moveTo(ServiceInstanceStatus target) {
        if (!status.canMoveTo(target)) {
            throw BusinessRuleException.conflict("subscription.error.transition", code, status, target);
        }
        ServiceInstanceStatus previous = status;
        status = target;
        return previous;
    }

    void startBilling(LocalDate billingStart) {
        this.billingStart = billingStart;
    }

    void end(LocalDate endDate) {
        this.endDate = endDate;
    }

    void confirmGoLive() {
        this.goLiveConfirmed = true;
    }

    void applySpec(SpecValues spec, int quantity) {
        this.vcpu = nullIfZero(spec.get(SpecParameter.VCPU));
        this.memoryGb = nullIfZero(spec.get(SpecParameter.MEMORY_GB));
        this.diskGb = nullIfZero(spec.get(SpecParameter.DISK_GB));
        this.bandwidthMbps = nullIfZero(spec.get(SpecParameter.BANDWIDTH_MBPS));
        this.quantity = quantity;
    }

    void changeFee(BigDecimal monthlyFeeEstimate) {
        this.monthlyFeeEstimate = monthlyFeeEstimate;
    }

    SpecValues spec() {
        return SpecValues.of(vcpu, memoryGb, diskGb, bandwidthMbps);
    }

    private static Integer nullIfZero(int value) {
        return value == 0 ? null : value;
    }

    Long getId() { return id; }
    String getCode() { return code; }
    Long getApplicationId() { return applicationId; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    Long getProductId() { return productId; }
    String getProductName() { return productName; }
    PlatformZone getZone() { return zone; }
    int getQuantity() { return quantity; }
    ServiceInstanceStatus getStatus() { return status; }
    LocalDate getTestStart() { return testStart; }
    LocalDate getTestEnd() { return testEnd; }
    LocalDate getBillingStart() { return billingStart; }
    LocalDate getEndDate() { return endDate; }
    BigDecimal getMonthlyFeeEstimate() { return monthlyFeeEstimate; }
    boolean isGoLiveConfirmed() { return goLiveConfirmed; }
    long getVersion() { return version; }
}
