package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The unit confirms that the password of one of its cloud hosts or databases was changed on a day (Art. 24). */
@Entity
@Table(name = "sec_password_confirmation")
class PasswordConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long instanceId;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private LocalDate changedOn;

    private String note;

    @Column(nullable = false)
    private String confirmedBy;

    @Column(nullable = false)
    private Instant confirmedAt;

    protected PasswordConfirmation() {
    }

    PasswordConfirmation(Long instanceId, Long unitId, LocalDate changedOn, String note, String confirmedBy,
                         Instant confirmedAt) {
        this.instanceId = instanceId;
        this.unitId = unitId;
        this.changedOn = changedOn;
        this.note = note;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    String describe() {
        return "instance=%d, changedOn=%s, note=%s".formatted(instanceId, changedOn, note);
    }

    Long getId() { return id; }
    Long getInstanceId() { return instanceId; }
    LocalDate getChangedOn() { return changedOn; }
    String getConfirmedBy() { return confirmedBy; }
    Instant getConfirmedAt() { return confirmedAt; }
}

/** Marks that the unit and the DEC were told a resource's password change is overdue for one due date. */
@Entity
@Table(name = "sec_password_overdue_notice")
class PasswordOverdueNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long instanceId;

    @Column(nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private Instant noticedAt;

    protected PasswordOverdueNotice() {
    }

    PasswordOverdueNotice(Long instanceId, LocalDate dueOn, Instant noticedAt) {
        this.instanceId = instanceId;
        this.dueOn = dueOn;
        this.noticedAt = noticedAt;
    }
}
