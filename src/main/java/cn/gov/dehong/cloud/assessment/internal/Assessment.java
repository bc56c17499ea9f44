package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
 * The vendor's assessment for one quarter or year: computed with the rule version in force when it was created,
 * recomputed while a draft, immutable once the DEC signed it off.
 */
@Entity
@Table(name = "asm_assessment")
class Assessment {

    enum Status { DRAFT, SIGNED_OFF }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String periodLabel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentPeriod.Kind periodKind;
    @Column(nullable = false)
    private LocalDate startsOn;
    @Column(nullable = false)
    private LocalDate endsBefore;
    @Column(nullable = false)
    private Long ruleVersionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private BigDecimal responseScore;
    private BigDecimal satisfactionScore;
    private BigDecimal qualityScore;
    private BigDecimal meritScore;
    private BigDecimal totalScore;
    private String grade;
    @Column(nullable = false, length = 200000)
    private String breakdown;
    private Instant computedAt;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;
    private String signedOffBy;
    private Instant signedOffAt;
    @Column(length = 1000)
    private String signOffNote;
    private Long penaltyId;
    private String penaltyKind;
    private BigDecimal penaltyAmount;
    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(AssessmentPeriod period, Long ruleVersionId, String createdBy, Instant createdAt) {
        this.periodLabel = period.label();
        this.periodKind = period.kind();
        this.startsOn = period.startsOn();
        this.endsBefore = period.endsBefore();
        this.ruleVersionId = ruleVersionId;
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void computed(ScoreBreakdown score, String json, Instant at) {
        requireDraft();
        this.responseScore = score.response().score();
        this.satisfactionScore = score.satisfaction().score();
        this.qualityScore = score.quality().score();
        this.meritScore = score.merits().score();
        this.totalScore = score.total();
        this.grade = score.grade().name();
        this.breakdown = json;
        this.computedAt = at;
    }

    void signOff(String by, Instant at, String note) {
        requireDraft();
        this.status = Status.SIGNED_OFF;
        this.signedOffBy = by;
        this.signedOffAt = at;
        this.signOffNote = note;
    }

    void requireDraft() {
        if (status == Status.SIGNED_OFF) {
            throw BusinessRuleException.conflict("assessment.error.signedOff", periodLabel);
        }
    }

    void requirePenaltyLinkable() {
        if (status != Status.SIGNED_OFF) {
            throw BusinessRuleException.conflict("assessment.error.notSignedOff", periodLabel);
        }
        if (this.penaltyId != null) {
            throw BusinessRuleException.conflict("assessment.error.penaltyLinked", periodLabel);
        }
    }

    void linkPenalty(Long penaltyId, String kind, BigDecimal amount) {
        requirePenaltyLinkable();
        this.penaltyId = penaltyId;
        this.penaltyKind = kind;
        this.penaltyAmount = amount;
    }

    AssessmentPeriod period() {
        return AssessmentPeriod.parse(periodLabel);
    }

    String describe() {
        return "period=%s, status=%s, rules=%s, total=%s, grade=%s, response=%s, satisfaction=%s, quality=%s, merits=%s, penalty=%s"
                .formatted(periodLabel, status, ruleVersionId, totalScore, grade, responseScore, satisfactionScore,
                        qualityScore, meritScore, penaltyId);
    }

    Long getId() { return id; }
    String getPeriodLabel() { return periodLabel; }
    AssessmentPeriod.Kind getPeriodKind() { return periodKind; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsBefore() { return endsBefore; }
    Long getRuleVersionId() { return ruleVersionId; }
    Status getStatus() { return status; }
    BigDecimal getTotalScore() { return totalScore; }
    String getGrade() { return grade; }
    String getBreakdown() { return breakdown; }
    Instant getComputedAt() { return computedAt; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    String getSignedOffBy() { return signedOffBy; }
    Instant getSignedOffAt() { return signedOffAt; }
    String getSignOffNote() { return signOffNote; }
    Long getPenaltyId() { return penaltyId; }
    String getPenaltyKind() { return penaltyKind; }
    BigDecimal getPenaltyAmount() { return penaltyAmount; }
    long getVersion() { return version; }
}
