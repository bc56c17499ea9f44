package cn.gov.dehong.cloud.application.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One signature of the countersigned review (Art. 9(三)): necessity, feasibility, security, sharing scope, and the
 * categories, quantities and cost of the products, with an optional third-party evaluation.
 */
@Entity
@Table(name = "app_review_opinion")
class ReviewOpinion {

    enum Party { DEC, FINANCE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String subjectKey;

    @Column(nullable = false)
    private String party;

    private boolean approved;

    @Column(length = 1000) private String necessity;
    @Column(length = 1000) private String feasibility;
    @Column(length = 1000) private String security;
    @Column(length = 1000) private String sharingScope;
    @Column(length = 1000) private String productsAndCost;
    @Column(length = 1000) private String thirdPartyEvaluation;
    @Column(length = 2000) private String comment;

    @Column(nullable = false)
    private String reviewer;

    @Column(nullable = false)
    private Instant reviewedAt;

    protected ReviewOpinion() {
    }

    ReviewOpinion(String subjectKey, Party party, boolean approved, String necessity, String feasibility,
                  String security, String sharingScope, String productsAndCost, String thirdPartyEvaluation,
                  String comment, String reviewer, Instant reviewedAt) {
        this.subjectKey = subjectKey;
        this.party = party.name();
        this.approved = approved;
        this.necessity = necessity;
        this.feasibility = feasibility;
        this.security = security;
        this.sharingScope = sharingScope;
        this.productsAndCost = productsAndCost;
        this.thirdPartyEvaluation = thirdPartyEvaluation;
        this.comment = comment;
        this.reviewer = reviewer;
        this.reviewedAt = reviewedAt;
    }

    String getSubjectKey() { return subjectKey; }
    String getParty() { return party; }
    boolean isApproved() { return approved; }
    String getNecessity() { return necessity; }
    String getFeasibility() { return feasibility; }
    String getSecurity() { return security; }
    String getSharingScope() { return sharingScope; }
    String getProductsAndCost() { return productsAndCost; }
    String getThirdPartyEvaluation() { return thirdPartyEvaluation; }
    String getComment() { return comment; }
    String getReviewer() { return reviewer; }
    Instant getReviewedAt() { return reviewedAt; }
}
