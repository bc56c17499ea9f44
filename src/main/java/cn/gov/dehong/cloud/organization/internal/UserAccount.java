package cn.gov.dehong.cloud.organization.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import cn.gov.dehong.cloud.organization.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "org_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private Long unitId;

    private String email;

    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private Instant createdAt;

    private int failedLogins;

    private Instant passwordChangedAt;

    private boolean mustChangePassword;

    private Instant lockedUntil;

    /** SM4-GCM encrypted (see SecretCipher); the pending one waits for its first code. */
    private String totpSecret;

    private String totpPendingSecret;

    private boolean totpEnabled;

    private Long totpLastStep;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Long unitId, String email, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.unitId = unitId;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
        this.passwordChangedAt = this.createdAt;
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    String getDisplayName() { return displayName; }
    Long getUnitId() { return unitId; }
    String getEmail() { return email; }
    boolean isEnabled() { return enabled; }
    Set<Role> getRoles() { return roles; }
    int getFailedLogins() { return failedLogins; }
    Instant getLockedUntil() { return lockedUntil; }
    String getTotpSecret() { return totpSecret; }
    String getTotpPendingSecret() { return totpPendingSecret; }
    boolean isTotpEnabled() { return totpEnabled; }

    void startTotpEnrolment(String encryptedSecret) {
        this.totpPendingSecret = encryptedSecret;
    }

    void activateTotp(long acceptedStep) {
        this.totpLastStep = acceptedStep;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.totpSecret = totpPendingSecret;
        this.totpPendingSecret = null;
        this.totpEnabled = true;
    }

    void clearTotp() {
        this.totpSecret = null;
        this.totpPendingSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Set by the administrator (new account, reset): the person must choose a new password at the next login. */
    void assignPassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = true;
    }

    /** Chosen by the person. */
    void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = false;
    }

    boolean passwordChangeRequired(Instant now, java.time.Duration maxAge) {
        return mustChangePassword || passwordChangedAt == null || passwordChangedAt.plus(maxAge).isBefore(now);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
