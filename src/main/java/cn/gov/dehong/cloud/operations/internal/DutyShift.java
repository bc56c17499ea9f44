package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Who of the vendor is on duty (值班) in [startsAt, endsAt) and how to reach them (Art. 13). */
@Entity
@Table(name = "ops_duty_shift")
class DutyShift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String personName;

    @Column(nullable = false)
    private String phone;

    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private Instant endsAt;

    @Column(length = 500)
    private String note;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DutyShift() {
    }

    DutyShift(String personName, String phone, Instant startsAt, Instant endsAt, String note, String createdBy,
              Instant createdAt) {
        this.personName = personName;
        this.phone = phone;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    DutyShiftView toView(Instant now) {
        return new DutyShiftView(id, personName, phone, startsAt, endsAt, note, createdBy,
                !now.isBefore(startsAt) && now.isBefore(endsAt));
    }

    String describe() {
        return "person=%s, phone=%s, period=%s..%s".formatted(personName, phone, startsAt, endsAt);
    }

    Long getId() { return id; }
    Instant getStartsAt() { return startsAt; }
    Instant getEndsAt() { return endsAt; }
}
