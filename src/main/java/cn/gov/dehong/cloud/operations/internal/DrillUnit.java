package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A participating unit of a drill: its acknowledgement, whether it took part, and its findings (Art. 15). */
@Entity
@Table(name = "ops_drill_unit")
class DrillUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long drillId;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Boolean participated;

    @Column(length = 4000)
    private String findings;

    private Instant recordedAt;
    private String recordedBy;

    @Version
    private long version;

    protected DrillUnit() {
    }

    DrillUnit(Long drillId, Long unitId, String unitName) {
        this.drillId = drillId;
        this.unitId = unitId;
        this.unitName = unitName;
    }

    void acknowledge(Instant at, String by) {
        if (acknowledgedAt == null) {
            this.acknowledgedAt = at;
            this.acknowledgedBy = by;
        }
    }

    void record(boolean participated, String findings, Instant at, String by) {
        acknowledge(at, by);
        this.participated = participated;
        this.findings = findings;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    ParticipantView toView() {
        return new ParticipantView(unitId, unitName, acknowledgedAt, acknowledgedBy, participated, findings,
                recordedAt, recordedBy);
    }

    record ParticipantView(Long unitId, String unitName, Instant acknowledgedAt, String acknowledgedBy,
                           Boolean participated, String findings, Instant recordedAt, String recordedBy) {
    }

    Long getDrillId() { return drillId; }
    Long getUnitId() { return unitId; }
}
