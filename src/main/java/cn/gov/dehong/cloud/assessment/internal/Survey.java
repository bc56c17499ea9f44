package cn.gov.dehong.cloud.assessment.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The DEC's satisfaction survey about the vendor for one period; each unit answers it once while it is open. */
@Entity
@Table(name = "asm_survey")
class Survey {

    enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String coveredPeriod;
    @Column(nullable = false)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private String openedBy;
    @Column(nullable = false)
    private Instant openedAt;
    private Instant closedAt;
    @Version
    private long version;

    protected Survey() {
    }

    Survey(String coveredPeriod, String title, String openedBy, Instant openedAt) {
        this.coveredPeriod = coveredPeriod;
        this.title = title;
        this.status = Status.OPEN;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void requireOpen() {
        if (status != Status.OPEN) {
            throw BusinessRuleException.conflict("assessment.survey.error.closed", coveredPeriod);
        }
    }

    void close(Instant at) {
        requireOpen();
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    String describe() {
        return "period=%s, title=%s, status=%s".formatted(coveredPeriod, title, status);
    }

    Long getId() { return id; }
    String getCoveredPeriod() { return coveredPeriod; }
    String getTitle() { return title; }
    Status getStatus() { return status; }
    String getOpenedBy() { return openedBy; }
    Instant getOpenedAt() { return openedAt; }
    Instant getClosedAt() { return closedAt; }
}
