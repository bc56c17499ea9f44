package cn.gov.dehong.cloud.training.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person a unit registered for a session; {@code attended} is null until the DEC records attendance. The person is
 * identified within the unit by the normalized name ({@code personKey}), so the same person cannot be registered twice.
 */
@Entity
@Table(name = "trn_participant")
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long sessionId;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false)
    private String personName;

    @Column(nullable = false)
    private String personKey;

    @Column(nullable = false)
    private String positionTitle;

    @Column(nullable = false)
    private String registeredBy;

    @Column(nullable = false)
    private Instant registeredAt;

    private Boolean attended;

    private String attendanceBy;

    private Instant attendanceAt;

    @Version
    private long version;

    protected Participant() {
    }

    Participant(Long sessionId, Long unitId, String unitName, String personName, String positionTitle,
                String registeredBy, Instant registeredAt) {
        this.sessionId = sessionId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.personName = personName.trim();
        this.personKey = TrainingRules.personKey(personName);
        this.positionTitle = positionTitle.trim();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    void attendance(boolean attended, String by, Instant at) {
        this.attended = attended;
        this.attendanceBy = by;
        this.attendanceAt = at;
    }

    Long getId() { return id; }
    Long getSessionId() { return sessionId; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getPersonName() { return personName; }
    String getPersonKey() { return personKey; }
    String getPositionTitle() { return positionTitle; }
    String getRegisteredBy() { return registeredBy; }
    Instant getRegisteredAt() { return registeredAt; }
    Boolean getAttended() { return attended; }
    String getAttendanceBy() { return attendanceBy; }
    Instant getAttendanceAt() { return attendanceAt; }
}
