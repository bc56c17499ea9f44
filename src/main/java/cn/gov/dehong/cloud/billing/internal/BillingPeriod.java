package cn.gov.dehong.cloud.billing.internal;

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

@Entity
@Table(name = "bil_period")
class BillingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodStatus status;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant closedAt;

    private String closedBy;

    @Version
    private long version;

    protected BillingPeriod() {
    }

    BillingPeriod(String period, Instant createdAt) {
        this.period = period;
        this.status = PeriodStatus.OPEN;
        this.createdAt = createdAt;
    }

    /** 409 when closed: a closed period is never changed. */
    void requireOpen() {
        if (status == PeriodStatus.CLOSED) {
            throw BusinessRuleException.conflict("billing.error.periodClosed", period);
        }
    }

    void close(String actor, Instant at) {
        requireOpen();
        this.status = PeriodStatus.CLOSED;
        this.closedBy = actor;
        this.closedAt = at;
    }

    boolean isClosed() {
        return status == PeriodStatus.CLOSED;
    }

    String getPeriod() { return period; }
    PeriodStatus getStatus() { return status; }
    Instant getClosedAt() { return closedAt; }
    String getClosedBy() { return closedBy; }

    String describe() {
        return "period=" + period + ", status=" + status;
    }
}
