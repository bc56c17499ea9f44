package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The yearly declaration that a system holds no classified information (Art. 7, 32). */
@Entity
@Table(name = "sec_system_declaration")
class SystemDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long systemId;

    @Column(nullable = false)
    private int declaredFor;

    @Column(nullable = false)
    private String declaredBy;

    @Column(nullable = false)
    private Instant declaredAt;

    protected SystemDeclaration() {
    }

    SystemDeclaration(Long systemId, int declaredFor, String declaredBy, Instant declaredAt) {
        this.systemId = systemId;
        this.declaredFor = declaredFor;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    Long getId() { return id; }
    Long getSystemId() { return systemId; }
    int getDeclaredFor() { return declaredFor; }
    String getDeclaredBy() { return declaredBy; }
    Instant getDeclaredAt() { return declaredAt; }
}
