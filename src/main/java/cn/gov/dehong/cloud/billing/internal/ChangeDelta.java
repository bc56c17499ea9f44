package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Art. 9(六): the fee effect of one applied change, recorded once per instance and effective day. */
@Entity
@Table(name = "bil_change_delta")
class ChangeDelta {

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

    @Column(nullable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal oldFee;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal newFee;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal monthlyDelta;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeDeltaRules.Direction direction;

    @Column(nullable = false)
    private int budgetYear;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal restOfYearAmount;

    @Column(nullable = false)
    private Instant recordedAt;

    protected ChangeDelta() {
    }

    ChangeDelta(Long instanceId, String instanceCode, Long unitId, String unitName, LocalDate effectiveOn,
                BigDecimal oldFee, BigDecimal newFee, ChangeDeltaRules.Delta delta, Instant recordedAt) {
        this.instanceId = instanceId;
        this.instanceCode = instanceCode;
        this.unitId = unitId;
        this.unitName = unitName;
        this.effectiveOn = effectiveOn;
        this.oldFee = oldFee;
        this.newFee = newFee;
        this.monthlyDelta = delta.monthlyDelta();
        this.direction = delta.direction();
        this.budgetYear = delta.budgetYear();
        this.restOfYearAmount = delta.restOfYearAmount();
        this.recordedAt = recordedAt;
    }

    Long getId() { return id; }

    ChangeDeltaView toView() {
        return new ChangeDeltaView(id, instanceId, instanceCode, unitId, unitName, effectiveOn, oldFee, newFee,
                monthlyDelta, direction.name(), budgetYear, restOfYearAmount, recordedAt);
    }

    String describe() {
        return "instance=" + instanceCode + ", effectiveOn=" + effectiveOn + ", old=" + oldFee.toPlainString()
                + ", new=" + newFee.toPlainString() + ", direction=" + direction + ", restOfYear="
                + restOfYearAmount.toPlainString();
    }
}
