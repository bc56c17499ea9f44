package cn.gov.dehong.cloud.application.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The once-a-year centralized application round, before budget preparation for {@code budgetYear} (Art. 9(一)1). */
@Entity
@Table(name = "app_campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private int budgetYear;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate opensOn;

    @Column(nullable = false)
    private LocalDate closesOn;

    private boolean closed;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(int budgetYear, String title, LocalDate opensOn, LocalDate closesOn, String createdBy, Instant createdAt) {
        this.budgetYear = budgetYear;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean acceptsApplicationsOn(LocalDate day) {
        return !closed && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    void close() {
        if (closed) {
            throw BusinessRuleException.conflict("campaign.error.closed", title);
        }
        closed = true;
    }

    Long getId() { return id; }
    int getBudgetYear() { return budgetYear; }
    String getTitle() { return title; }
    LocalDate getOpensOn() { return opensOn; }
    LocalDate getClosesOn() { return closesOn; }
    boolean isClosed() { return closed; }
}
