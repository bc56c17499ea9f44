package cn.gov.dehong.cloud.supervision.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The DEC's periodic bulletin (通报, Art. 30) on the units' use of the cloud: drafted from the figures, edited, published. */
@Entity
@Table(name = "sup_bulletin")
class SupervisionBulletin {

    enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String periodFrom;

    @Column(nullable = false)
    private String periodTo;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int weightsVersion;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private String publishedBy;
    private Instant publishedAt;

    @Version
    private long version;

    protected SupervisionBulletin() {
    }

    SupervisionBulletin(String title, String periodFrom, String periodTo, String body, int weightsVersion,
                        String createdBy, Instant createdAt) {
        this.title = title;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.body = body;
        this.status = Status.DRAFT;
        this.weightsVersion = weightsVersion;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void edit(String title, String body) {
        this.title = title;
        this.body = body;
    }

    void publish(String by, Instant at) {
        this.status = Status.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    String describe() {
        return "title=%s, period=%s..%s, status=%s, weights=v%d, body=%d chars".formatted(title, periodFrom, periodTo,
                status, weightsVersion, body.length());
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    String getPeriodFrom() { return periodFrom; }
    String getPeriodTo() { return periodTo; }
    String getBody() { return body; }
    Status getStatus() { return status; }
    int getWeightsVersion() { return weightsVersion; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    String getPublishedBy() { return publishedBy; }
    Instant getPublishedAt() { return publishedAt; }
    long getVersion() { return version; }
}
