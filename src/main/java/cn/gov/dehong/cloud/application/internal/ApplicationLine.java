package cn.gov.dehong.cloud.application.internal;

import java.math.BigDecimal;

import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One requested resource: a catalog product, its size, how many, sized for one year of normal operation. */
@Entity
@Table(name = "app_application_line")
class ApplicationLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long productId;

    @Column(nullable = false)
    private String productName;

    private Integer vcpu;
    private Integer memoryGb;
    private Integer diskGb;
    private Integer bandwidthMbps;

    @Column(nullable = false)
    private int quantity;

    @Column(precision = 14, scale = 2)
    private BigDecimal monthlyFeeEstimate;

    protected ApplicationLine() {
    }

    ApplicationLine(Long productId, String productName, SpecValues spec, int quantity, BigDecimal monthlyFeeEstimate) {
        this.productId = productId;
        this.productName = productName;
        this.vcpu = positiveOrNull(spec.get(SpecParameter.VCPU));
        this.memoryGb = positiveOrNull(spec.get(SpecParameter.MEMORY_GB));
        this.diskGb = positiveOrNull(spec.get(SpecParameter.DISK_GB));
        this.bandwidthMbps = positiveOrNull(spec.get(SpecParameter.BANDWIDTH_MBPS));
        this.quantity = quantity;
        this.monthlyFeeEstimate = monthlyFeeEstimate;
    }

    SpecValues spec() {
        return SpecValues.of(vcpu, memoryGb, diskGb, bandwidthMbps);
    }

    private static Integer positiveOrNull(int value) {
        return value > 0 ? value : null;
    }

    Long getId() { return id; }
    Long getProductId() { return productId; }
    String getProductName() { return productName; }
    int getQuantity() { return quantity; }
    BigDecimal getMonthlyFeeEstimate() { return monthlyFeeEstimate; }
}
