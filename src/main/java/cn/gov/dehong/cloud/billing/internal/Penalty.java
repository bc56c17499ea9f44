package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
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

/**
 * Art. 26: when the vendor's operation caused an incident, the DEC (or the finance bureau) deducts from or holds its
 * payment. Booked on a settlement period of the DEC's (prefecture-borne) payable; a hold is lifted by a release.
 */
@Entity
@Table(name = "bil_penalty")
class Penalty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PenaltyKind kind;

    @Column(precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    private String releasedBy;

    private Instant releasedAt;

    private String releaseNote;

    @Version
    private long version;

    protected Penalty() {
    }

    Penalty(String period, PenaltyKind kind, BigDecimal amount, String reason, String reference, String recordedBy,
            Instant recordedAt) {
        this.period = period;
        this.kind = kind;
        this.amount = amount;
        this.reason = reason;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void release(String actor, Instant at, String note) {
        if (kind != PenaltyKind.HOLD || releasedAt != null) {
            throw BusinessRuleException.conflict("billing.error.holdNotActive", id);
        }
        this.releasedBy = actor;
        this.releasedAt = at;
        this.releaseNote = note;
    }

    Long getId() { return id; }
    String getPeriod() { return period; }

    PenaltyView toView() {
        return new PenaltyView(id, period, kind, amount, reason, reference, recordedBy, recordedAt, releasedBy,
                releasedAt, releaseNote);
    }

    String describe() {
        return "period=" + period + ", kind=" + kind + ", amount=" + (amount == null ? null : amount.toPlainString())
                + ", reference=" + reference + ", reason=" + reason + ", released=" + (releasedAt != null);
    }
}
