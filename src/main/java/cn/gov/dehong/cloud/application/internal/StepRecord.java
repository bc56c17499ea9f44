package cn.gov.dehong.cloud.application.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One step of a process as people see it: who must act, since when, by when (working-day deadline), who acted,
 * when and how. Written when the workflow engine creates the task and completed in the same transaction as the
 * task; feeds the to-do, done and overdue lists and the timeline.
 */
@Entity
@Table(name = "app_step")
class StepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String taskId;

    @Column(nullable = false)
    private String subjectKey;

    @Column(nullable = false)
    private String subjectCode;

    @Column(nullable = false)
    private String subjectTitle;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false)
    private String stepKey;

    @Column(nullable = false)
    private String candidateGroup;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant dueAt;

    private LocalDate dueDate;

    private boolean dueCertain = true;

    private Instant completedAt;

    private String completedBy;

    private String outcome;

    @Column(length = 2000)
    private String comment;

    private Instant remindedAt;

    @Version
    private long version;

    protected StepRecord() {
    }

    StepRecord(String taskId, String subjectKey, String subjectCode, String subjectTitle, Long unitId, String unitName,
               String stepKey, String candidateGroup, Instant startedAt, Instant dueAt, LocalDate dueDate,
               boolean dueCertain) {
        this.taskId = taskId;
        this.subjectKey = subjectKey;
        this.subjectCode = subjectCode;
        this.subjectTitle = subjectTitle;
        this.unitId = unitId;
        this.unitName = unitName;
        this.stepKey = stepKey;
        this.candidateGroup = candidateGroup;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.dueDate = dueDate;
        this.dueCertain = dueCertain;
    }

    void complete(Instant at, String by, String outcome, String comment) {
        this.completedAt = at;
        this.completedBy = by;
        this.outcome = outcome;
        this.comment = comment;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    boolean isOverdue(Instant now) {
        Instant reference = completedAt == null ? now : completedAt;
        return dueAt != null && reference.isAfter(dueAt);
    }

    Long getId() { return id; }
    String getTaskId() { return taskId; }
    String getSubjectKey() { return subjectKey; }
    String getSubjectCode() { return subjectCode; }
    String getSubjectTitle() { return subjectTitle; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getStepKey() { return stepKey; }
    String getCandidateGroup() { return candidateGroup; }
    Instant getStartedAt() { return startedAt; }
    Instant getDueAt() { return dueAt; }
    LocalDate getDueDate() { return dueDate; }
    boolean isDueCertain() { return dueCertain; }
    Instant getCompletedAt() { return completedAt; }
    String getCompletedBy() { return completedBy; }
    String getOutcome() { return outcome; }
    String getComment() { return comment; }
    Instant getRemindedAt() { return remindedAt; }
}
