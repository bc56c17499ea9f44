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

/** A security incident on the cloud platform or on one unit's application system (Art. 26, 30). */
@Entity
@Table(name = "sec_incident")
class SecurityIncident {

    enum Scope { CLOUD, SYSTEM }

    /** The four grades of GB/Z 20986-2007: 特别重大, 重大, 较大, 一般. */
    enum Severity { EXTRAORDINARY, MAJOR, SIGNIFICANT, GENERAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope;

    private Long systemId;
    private Long unitId;
    private String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String cause;

    @Column(nullable = false)
    private String impact;

    @Column(nullable = false)
    private String handling;

    @Column(nullable = false)
    private boolean vendorCaused;

    private Long penaltyId;

    @Column(nullable = false)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected SecurityIncident() {
    }

    SecurityIncident(Scope scope, Long systemId, Long unitId, String unitName, Severity severity, Instant occurredAt,
                     String title, String cause, String impact, String handling, boolean vendorCaused,
                     String recordedBy, Instant recordedAt) {
        this.scope = scope;
        this.systemId = systemId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.severity = severity;
        this.occurredAt = occurredAt;
        this.title = title;
        this.cause = cause;
        this.impact = impact;
        this.handling = handling;
        this.vendorCaused = vendorCaused;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void linkPenalty(Long penaltyId) {
        this.penaltyId = penaltyId;
    }

    String reference() {
        return "SEC-INC-" + id;
    }

    String describe() {
        return "scope=%s, system=%s, unit=%s, severity=%s, at=%s, title=%s, vendorCaused=%s, penalty=%s".formatted(
                scope, systemId, unitId, severity, occurredAt, title, vendorCaused, penaltyId);
    }

    Long getId() { return id; }
    Scope getScope() { return scope; }
    Long getSystemId() { return systemId; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    Severity getSeverity() { return severity; }
    Instant getOccurredAt() { return occurredAt; }
    String getTitle() { return title; }
    String getCause() { return cause; }
    String getImpact() { return impact; }
    String getHandling() { return handling; }
    boolean isVendorCaused() { return vendorCaused; }
    Long getPenaltyId() { return penaltyId; }
    String getRecordedBy() { return recordedBy; }
    Instant getRecordedAt() { return recordedAt; }
    long getVersion() { return version; }
}
