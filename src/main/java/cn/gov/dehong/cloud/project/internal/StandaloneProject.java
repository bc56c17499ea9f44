package cn.gov.dehong.cloud.project.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.gov.dehong.cloud.project.ProjectStatus;
import cn.gov.dehong.cloud.project.ProjectSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's plan to build a server-based system of its own (Art. 6), from submission to the government's decision. */
@Entity
@Table(name = "prj_project")
class StandaloneProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = 4000)
    private String justification;

    @Column(nullable = false, length = 4000)
    private String projectScope;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal budget;

    @Column(nullable = false)
    private LocalDate plannedGoLive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

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

    protected StandaloneProject() {
    }

    StandaloneProject(String code, Long unitId, String unitName, ProjectRules.ProjectInput input, String submittedBy,
                      Instant submittedAt) {
        this.code = code;
        this.unitId = unitId;
        this.unitName = unitName;
        this.title = input.title().trim();
        this.justification = input.justification().trim();
        this.projectScope = input.scope().trim();
        this.budget = input.budget().setScale(2, java.math.RoundingMode.HALF_UP);
        this.plannedGoLive = input.plannedGoLive();
        this.status = ProjectStatus.REVIEW;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    void assignCode(String code) {
        this.code = code;
    }

    void opinionsComplete() {
        this.status = ProjectStatus.GOVERNMENT_APPROVAL;
    }

    void decided(boolean approved, String by, Instant at, String comment) {
        this.status = approved ? ProjectStatus.APPROVED : ProjectStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionComment = comment;
    }

    ProjectSummary summary() {
        return new ProjectSummary(id, code, unitId, unitName, title, budget, plannedGoLive, status, submittedAt,
                decidedAt);
    }

    Long getId() { return id; }
    String getCode() { return code; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getTitle() { return title; }
    String getJustification() { return justification; }
    String getProjectScope() { return projectScope; }
    BigDecimal getBudget() { return budget; }
    LocalDate getPlannedGoLive() { return plannedGoLive; }
    ProjectStatus getStatus() { return status; }
    String getSubmittedBy() { return submittedBy; }
    Instant getSubmittedAt() { return submittedAt; }
    String getDecidedBy() { return decidedBy; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecisionComment() { return decisionComment; }
    long getVersion() { return version; }
}
