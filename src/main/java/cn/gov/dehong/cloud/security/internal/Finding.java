package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A finding of an inspection on one system, open until a re-inspection accepts the rectification (Art. 25). */
@Entity
@Table(name = "sec_finding")
class Finding {

    enum Risk { HIGH, MEDIUM, LOW }

    enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long inspectionId;

    @Column(nullable = false)
    private Long systemId;

    @Column(nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Risk risk;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private LocalDate rectificationDue;
    private String suspendedInstances;

    @Column(nullable = false)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    private String closedBy;
    private Instant closedAt;
    private String lastReviewNote;
    private String rectificationNote;
    private String rectifiedBy;
    private Instant rectifiedAt;
    private Instant remindedAt;
    private Instant overdueNoticedAt;

    @Version
    private long version;

    protected Finding() {
    }

    Finding(Long inspectionId, Long systemId, Long unitId, Risk risk, String description, LocalDate rectificationDue,
            List<Long> suspendedInstances, String recordedBy, Instant recordedAt) {
        this.inspectionId = inspectionId;
        this.systemId = systemId;
        this.unitId = unitId;
        this.risk = risk;
        this.description = description;
        this.status = Status.OPEN;
        this.rectificationDue = rectificationDue;
        this.suspendedInstances = suspendedInstances.isEmpty() ? null
                : String.join(",", suspendedInstances.stream().map(String::valueOf).toList());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void review(boolean accepted, String note, String by, Instant at) {
        this.lastReviewNote = note;
        if (accepted) {
            this.status = Status.CLOSED;
            this.closedBy = by;
            this.closedAt = at;
        }
    }

    /** The unit reports what it rectified; the re-inspection decides. A later submission replaces the earlier. */
    void submitRectification(String note, String by, Instant at) {
        this.rectificationNote = note;
        this.rectifiedBy = by;
        this.rectifiedAt = at;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    void overdueNoticed(Instant at) {
        this.overdueNoticedAt = at;
    }

    List<Long> suspendedInstanceIds() {
        List<Long> ids = new ArrayList<>();
        if (suspendedInstances != null) {
            for (String id : suspendedInstances.split(",")) {
                ids.add(Long.valueOf(id));
            }
        }
        return ids;
    }

    String describe() {
        return "inspection=%d, system=%d, risk=%s, status=%s, due=%s, suspended=%s, rectification=%s, note=%s".formatted(
                inspectionId, systemId, risk, status, rectificationDue, suspendedInstances, rectificationNote,
                lastReviewNote);
    }

    Long getId() { return id; }
    Long getInspectionId() { return inspectionId; }
    Long getSystemId() { return systemId; }
    Long getUnitId() { return unitId; }
    Risk getRisk() { return risk; }
    String getDescription() { return description; }
    Status getStatus() { return status; }
    LocalDate getRectificationDue() { return rectificationDue; }
    String getRecordedBy() { return recordedBy; }
    Instant getRecordedAt() { return recordedAt; }
    String getClosedBy() { return closedBy; }
    Instant getClosedAt() { return closedAt; }
    String getLastReviewNote() { return lastReviewNote; }
    String getRectificationNote() { return rectificationNote; }
    String getRectifiedBy() { return rectifiedBy; }
    Instant getRectifiedAt() { return rectifiedAt; }
    Instant getRemindedAt() { return remindedAt; }
    Instant getOverdueNoticedAt() { return overdueNoticedAt; }
    long getVersion() { return version; }
}
