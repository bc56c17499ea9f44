package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of a period, kept for the record (who, when, settings, lines, total); never changed afterwards. */
@Entity
@Table(name = "bil_run")
class BillingRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private RunTrigger trigger;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartialMonthRule partialMonthRule;

    private boolean billSuspended;

    private int instanceCount;

    private int lineCount;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal total;

    private int reviewsWithdrawn;

    protected BillingRun() {
    }

    BillingRun(String period, RunTrigger trigger, String actor, Instant startedAt, BillingSettings settings) {
        this.period = period;
        this.trigger = trigger;
        this.actor = actor;
        this.startedAt = startedAt;
        this.finishedAt = startedAt;
        this.partialMonthRule = settings.partialMonth();
        this.billSuspended = settings.billSuspended();
        this.total = BigDecimal.ZERO;
    }

    void finish(Instant at, int instances, int lines, BigDecimal total, int reviewsWithdrawn) {
        this.finishedAt = at;
        this.instanceCount = instances;
        this.lineCount = lines;
        this.total = total;
        this.reviewsWithdrawn = reviewsWithdrawn;
    }

    Long getId() { return id; }

    RunView toView() {
        return new RunView(id, period, trigger, actor, startedAt, finishedAt, partialMonthRule.name(), billSuspended,
                instanceCount, lineCount, total, reviewsWithdrawn);
    }

    String describe() {
        return "run=" + id + ", trigger=" + trigger + ", rule=" + partialMonthRule + ", billSuspended=" + billSuspended
                + ", instances=" + instanceCount + ", lines=" + lineCount + ", total=" + total.toPlainString()
                + ", reviewsWithdrawn=" + reviewsWithdrawn;
    }
}
