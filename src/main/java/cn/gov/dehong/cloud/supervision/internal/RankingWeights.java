package cn.gov.dehong.cloud.supervision.internal;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of the ranking weights; a new version replaces the previous one, none is ever changed. */
@Entity
@Table(name = "sup_ranking_weights")
class RankingWeights {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int versionNo;

    private int adoptionPct;
    private int efficiencyPct;
    private int securityPct;
    private int trainingPct;
    private String note;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    protected RankingWeights() {
    }

    RankingWeights(int versionNo, Map<SupervisionRules.Criterion, Integer> weights, String note, String createdBy,
                   Instant createdAt) {
        this.versionNo = versionNo;
        this.adoptionPct = weights.get(SupervisionRules.Criterion.ADOPTION);
        this.efficiencyPct = weights.get(SupervisionRules.Criterion.EFFICIENCY);
        this.securityPct = weights.get(SupervisionRules.Criterion.SECURITY);
        this.trainingPct = weights.get(SupervisionRules.Criterion.TRAINING);
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Map<SupervisionRules.Criterion, Integer> weights() {
        return SupervisionRules.weights(adoptionPct, efficiencyPct, securityPct, trainingPct);
    }

    String describe() {
        return "v%d adoption=%d efficiency=%d security=%d training=%d note=%s".formatted(versionNo, adoptionPct,
                efficiencyPct, securityPct, trainingPct, note);
    }

    Long getId() { return id; }
    int getVersionNo() { return versionNo; }
    int getAdoptionPct() { return adoptionPct; }
    int getEfficiencyPct() { return efficiencyPct; }
    int getSecurityPct() { return securityPct; }
    int getTrainingPct() { return trainingPct; }
    String getNote() { return note; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
}
