package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Art. 11 "州、县市共同负担事项": finance's decision that a unit's (or one instance's) costs are shared between the
 * prefecture and a county, from one period on, until it is ended. An instance rule beats a unit rule.
 */
@Entity
@Table(name = "bil_joint_rule")
class JointBearingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long unitId;

    private Long instanceId;

    @Column(nullable = false)
    private Long countyId;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal prefecturePercent;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal countyPercent;

    @Column(nullable = false)
    private String validFrom;

    private String validTo;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected JointBearingRule() {
    }

    JointBearingRule(Long unitId, Long instanceId, JointTerms terms, YearMonth validFrom, YearMonth validTo,
                     String reference, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.instanceId = instanceId;
        this.countyId = terms.countyId();
        this.prefecturePercent = terms.prefecturePercent();
        this.countyPercent = terms.countyPercent();
        this.validFrom = PeriodText.format(validFrom);
        this.validTo = validTo == null ? null : PeriodText.format(validTo);
        this.reference = reference;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean appliesTo(YearMonth month) {
        String period = PeriodText.format(month);
        return validFrom.compareTo(period) <= 0 && (validTo == null || validTo.compareTo(period) >= 0);
    }

    /** Whether [from, to] (to null = open) shares a month with this rule. */
    boolean overlaps(YearMonth from, YearMonth to) {
        String start = PeriodText.format(from);
        String end = to == null ? null : PeriodText.format(to);
        return (end == null || validFrom.compareTo(end) <= 0) && (validTo == null || validTo.compareTo(start) >= 0);
    }

    void end(YearMonth lastMonth) {
        this.validTo = PeriodText.format(lastMonth);
    }

    JointTerms terms() {
        return new JointTerms(prefecturePercent, countyPercent, countyId);
    }

    Long getId() { return id; }
    Long getUnitId() { return unitId; }
    Long getInstanceId() { return instanceId; }
    Long getCountyId() { return countyId; }
    BigDecimal getPrefecturePercent() { return prefecturePercent; }
    BigDecimal getCountyPercent() { return countyPercent; }
    String getValidFrom() { return validFrom; }
    String getValidTo() { return validTo; }
    String getReference() { return reference; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }

    String describe() {
        return "unit=" + unitId + ", instance=" + instanceId + ", county=" + countyId + ", prefecture%="
                + prefecturePercent.toPlainString() + ", county%=" + countyPercent.toPlainString() + ", from="
                + validFrom + ", to=" + validTo + ", reference=" + reference;
    }
}
