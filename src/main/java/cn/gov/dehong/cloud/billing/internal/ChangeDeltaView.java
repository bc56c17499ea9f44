package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A change's fee effect (Art. 9(六)): direction LOWER frees {@code restOfYearAmount} for the finance bureau's pool,
 * RAISE means the unit bears it from its own funds.
 */
public record ChangeDeltaView(Long id, Long instanceId, String instanceCode, Long unitId, String unitName,
                              LocalDate effectiveOn, BigDecimal oldFee, BigDecimal newFee, BigDecimal monthlyDelta,
                              String direction, int budgetYear, BigDecimal restOfYearAmount, Instant recordedAt) {
}
