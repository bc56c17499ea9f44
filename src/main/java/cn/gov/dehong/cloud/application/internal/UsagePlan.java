package cn.gov.dehong.cloud.application.internal;

import java.time.Instant;

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
 * 云服务使用计划 (Art. 9(三)): the DEC ranks the approved centralized applications of a campaign by priority and
 * submits them to the government for approval.
 */
@Entity
@Table(name = "app_usage_plan")
class UsagePlan {

    enum Status { SUBMITTED, APPROVED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long campaignId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String submittedBy;

    @Column(nullable = false)
    private Instant submittedAt;

    private String decidedBy;

    private Instant decidedAt;

    @Column(length = 2000)
    private String decisionComment;

    @Version
    private long version;

    protected UsagePlan() {
    }

    UsagePlan(Long campaignId, String title, String submittedBy, Instant submittedAt) {
        this.campaignId = campaignId;
        this.title = title;
        this.status = Status.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    void decide(boolean approved, String by, Instant at, String comment) {
        if (status != Status.SUBMITTED) {
            throw BusinessRuleException.conflict("plan.error.decided");
        }
        status = approved ? Status.APPROVED : Status.RETURNED;
        decidedBy = by;
        decidedAt = at;
        decisionComment = comment;
    }

    Long getId() { return id; }
    Long getCampaignId() { return campaignId; }
    String getTitle() { return title; }
    Status getStatus() { return status; }
    String getSubmittedBy() { return submittedBy; }
    Instant getSubmittedAt() { return submittedAt; }
    String getDecidedBy() { return decidedBy; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecisionComment() { return decisionComment; }
}
