package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A private report of a suspected classified-information violation, read only by the 机要保密局 (Art. 7, 32). */
@Entity
@Table(name = "sec_secrecy_report")
class SecrecyReport {

    enum Status { SUBMITTED, HANDLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false)
    private String reportedBy;

    @Column(nullable = false)
    private Instant reportedAt;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String handlingNote;
    private String handledBy;
    private Instant handledAt;

    @Version
    private long version;

    protected SecrecyReport() {
    }

    SecrecyReport(Long unitId, String unitName, String reportedBy, Instant reportedAt, String subject, String details) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.subject = subject;
        this.details = details;
        this.status = Status.SUBMITTED;
    }

    void handle(String note, String by, Instant at) {
        this.status = Status.HANDLED;
        this.handlingNote = note;
        this.handledBy = by;
        this.handledAt = at;
    }

    Long getId() { return id; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getReportedBy() { return reportedBy; }
    Instant getReportedAt() { return reportedAt; }
    String getSubject() { return subject; }
    String getDetails() { return details; }
    Status getStatus() { return status; }
    String getHandlingNote() { return handlingNote; }
    String getHandledBy() { return handledBy; }
    Instant getHandledAt() { return handledAt; }
    long getVersion() { return version; }
}
