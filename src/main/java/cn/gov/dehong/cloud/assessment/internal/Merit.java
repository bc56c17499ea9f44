package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A merit of the vendor (优良事迹: an award from above, an innovation), entered by the DEC with its evidence. */
@Entity
@Table(name = "asm_merit")
class Merit {

    enum Kind { AWARD, INNOVATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private LocalDate awardedOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String title;
    @Column(length = 2000)
    private String description;
    @Column(nullable = false)
    private BigDecimal points;
    @Column(nullable = false)
    private String evidenceName;
    @Column(nullable = false)
    private String evidenceType;
    private long evidenceSize;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant createdAt;

    protected Merit() {
    }

    Merit(LocalDate awardedOn, Kind kind, String title, String description, BigDecimal points, String evidenceName,
          String evidenceType, long evidenceSize, String createdBy, Instant createdAt) {
        this.awardedOn = awardedOn;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.points = points;
        this.evidenceName = evidenceName;
        this.evidenceType = evidenceType;
        this.evidenceSize = evidenceSize;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    MeritView toView() {
        return new MeritView(id, awardedOn, kind, title, description, points, evidenceName, evidenceSize, createdBy,
                createdAt);
    }

    String describe() {
        return "awardedOn=%s, kind=%s, title=%s, points=%s, evidence=%s (%d bytes)".formatted(awardedOn, kind, title,
                points, evidenceName, evidenceSize);
    }

    Long getId() { return id; }
    String getEvidenceName() { return evidenceName; }
    String getEvidenceType() { return evidenceType; }
}
