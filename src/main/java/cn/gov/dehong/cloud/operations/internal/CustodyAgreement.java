package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A signed asset custody agreement (资产保全协议, Art. 20) between a unit and the vendor; its file is required. */
@Entity
@Table(name = "ops_custody_agreement")
class CustodyAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false, unique = true)
    private String agreementNo;

    @Column(nullable = false)
    private LocalDate startsOn;

    @Column(nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String registeredBy;

    @Column(nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected CustodyAgreement() {
    }

    CustodyAgreement(Long unitId, String unitName, String agreementNo, LocalDate startsOn, LocalDate endsOn,
                     String registeredBy, Instant registeredAt) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.agreementNo = agreementNo;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    String describe() {
        return "no=%s, unit=%s, period=%s..%s".formatted(agreementNo, unitName, startsOn, endsOn);
    }

    Long getId() { return id; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getAgreementNo() { return agreementNo; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    String getRegisteredBy() { return registeredBy; }
}
