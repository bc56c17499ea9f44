package cn.gov.dehong.cloud.organization.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Former password hashes of an account, so that a new password is not one of the last few. */
@Entity
@Table(name = "org_password_history")
class PasswordHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private Instant changedAt;

    protected PasswordHistory() {
    }

    PasswordHistory(Long userId, String passwordHash, Instant changedAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
