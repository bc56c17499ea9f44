package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A deduction (amount) or a payment hold (optional amount held; null = the whole payment) of Art. 26. */
public record PenaltyView(Long id, String period, PenaltyKind kind, BigDecimal amount, String reason, String reference,
                          String recordedBy, Instant recordedAt, String releasedBy, Instant releasedAt,
                          String releaseNote) {

    public boolean activeHold() {
        return kind == PenaltyKind.HOLD && releasedAt == null;
    }
}
