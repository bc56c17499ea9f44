package cn.gov.dehong.cloud.subscription.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The spec and quantity of an instance from a day on: billing prices each month at the spec in force. */
@Entity
@Table(name = "sub_spec_revision")
class SpecRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long instanceId;

    @Column(nullable = false)
    private LocalDate effectiveFrom;

    private Integer vcpu;
    private Integer memoryGb;
    private Integer diskGb;
    private Integer bandwidthMbps;

    @Column(nullable = false)
    private int quantity;

    @Column(precision = 14, scale = 2)
    private BigDecimal monthlyFeeEstimate;

    protected SpecRevision() {
    }

    SpecRevision(ServiceInstance instance, LocalDate effectiveFrom) {
        var spec = instance.spec();
        this.instanceId = instance.getId();
        this.effectiveFrom = effectiveFrom;
        this.vcpu = spec.values().get(cn.gov.dehong.cloud.catalog.SpecParameter.VCPU);
        this.memoryGb = spec.values().get(cn.gov.dehong.cloud.catalog.SpecParameter.MEMORY_GB);
        this.diskGb = spec.values().get(cn.gov.dehong.cloud.catalog.SpecParameter.DISK_GB);
        this.bandwidthMbps = spec.values().get(cn.gov.dehong.cloud.catalog.SpecParameter.BANDWIDTH_MBPS);
        this.quantity = instance.getQuantity();
        this.monthlyFeeEstimate = instance.getMonthlyFeeEstimate();
    }
}
