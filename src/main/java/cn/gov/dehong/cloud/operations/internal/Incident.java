package cn.gov.dehong.cloud.operations.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A fault (故障, Art. 14) raised by the vendor's monitoring: one per Alertmanager alert fingerprint while it fires.
 * {@code openFingerprint} equals the fingerprint while the incident is open and is null once closed; its unique
 * index makes "one open incident per fingerprint" hold even when two webhook calls race.
 */
@Entity
@Table(name = "ops_incident")
class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String fingerprint;

    @Column(unique = true)
    private String openFingerprint;

    @Column(nullable = false)
    private String alertName;

    @Column(nullable = false)
    private String severity;

    @Column(length = 1000)
    private String summary;

    /** The label the alert was mapped by: INSTANCE, ZONE or UNMAPPED (for the DEC to assign). */
    @Column(nullable = false)
    private String mapping;

    private String instanceLabel;
    private String zoneLabel;

    @Column(nullable = false)
    private Instant startsAt;

    private Instant endsAt;

    @Column(nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private Instant lastSeenAt;

    private int repeats;

    @Version
    private long version;

    protected Incident() {
    }

    Incident(String fingerprint, String alertName, String severity, String summary, String mapping,
             String instanceLabel, String zoneLabel, Instant startsAt, Instant receivedAt) {
        this.fingerprint = fingerprint;
        this.openFingerprint = fingerprint;
        this.alertName = alertName;
        this.severity = severity;
        this.summary = summary;
        this.mapping = mapping;
        this.instanceLabel = instanceLabel;
        this.zoneLabel = zoneLabel;
        this.startsAt = startsAt;
        this.receivedAt = receivedAt;
        this.lastSeenAt = receivedAt;
    }

    void close(Instant endsAt) {
        this.endsAt = endsAt.isBefore(startsAt) ? startsAt : endsAt;
        this.openFingerprint = null;
    }

    void mapped(String mapping) {
        this.mapping = mapping;
    }

    boolean isOpen() {
        return openFingerprint != null;
    }

    Duration duration() {
        return endsAt == null ? null : Duration.between(startsAt, endsAt);
    }

    String describe() {
        return "fingerprint=%s, alert=%s, severity=%s, mapping=%s, instance=%s, zone=%s, starts=%s, ends=%s"
                .formatted(fingerprint, alertName, severity, mapping, instanceLabel, zoneLabel, startsAt, endsAt);
    }

    Long getId() { return id; }
    String getFingerprint() { return fingerprint; }
    String getAlertName() { return alertName; }
    String getSeverity() { return severity; }
    String getSummary() { return summary; }
    String getMapping() { return mapping; }
    String getInstanceLabel() { return instanceLabel; }
    String getZoneLabel() { return zoneLabel; }
    Instant getStartsAt() { return startsAt; }
    Instant getEndsAt() { return endsAt; }
    Instant getLastSeenAt() { return lastSeenAt; }
    int getRepeats() { return repeats; }
}
