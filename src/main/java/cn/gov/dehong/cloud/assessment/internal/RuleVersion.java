package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of the scoring rules; never changed once stored (a new rule is a new version). */
@Entity
@Table(name = "asm_rule_version")
class RuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int versionNo;
    private int weightResponse;
    private int weightSatisfaction;
    private int weightQuality;
    private int weightMerits;
    private BigDecimal pointsUnsatisfied;
    private BigDecimal pointsSatisfied;
    private BigDecimal pointsVerySatisfied;
    private int surveyShare;
    private BigDecimal availabilityTarget;
    private BigDecimal availabilityFloor;
    private BigDecimal criticalDeduction;
    private BigDecimal meritBase;
    private String note;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;

    protected RuleVersion() {
    }

    RuleVersion(int versionNo, RuleSet r, String note, String createdBy, Instant createdAt) {
        this.versionNo = versionNo;
        this.weightResponse = r.weightResponse();
        this.weightSatisfaction = r.weightSatisfaction();
        this.weightQuality = r.weightQuality();
        this.weightMerits = r.weightMerits();
        this.pointsUnsatisfied = r.pointsUnsatisfied();
        this.pointsSatisfied = r.pointsSatisfied();
        this.pointsVerySatisfied = r.pointsVerySatisfied();
        this.surveyShare = r.surveyShare();
        this.availabilityTarget = r.availabilityTarget();
        this.availabilityFloor = r.availabilityFloor();
        this.criticalDeduction = r.criticalDeduction();
        this.meritBase = r.meritBase();
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    RuleSet rules() {
        return new RuleSet(weightResponse, weightSatisfaction, weightQuality, weightMerits, pointsUnsatisfied,
                pointsSatisfied, pointsVerySatisfied, surveyShare, availabilityTarget, availabilityFloor,
                criticalDeduction, meritBase);
    }

    RuleVersionView toView() {
        return new RuleVersionView(id, versionNo, rules(), note, createdBy, createdAt);
    }

    String describe() {
        return "version=" + versionNo + ", " + rules();
    }

    Long getId() { return id; }
    int getVersionNo() { return versionNo; }
}
