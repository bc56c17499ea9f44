package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A joint-bearing rule (Art. 11) for a unit or one instance, valid from {@code validFrom} to {@code validTo} (null = open). */
public record JointRuleView(Long id, Long unitId, Long instanceId, String subjectName, Long countyId, String countyName,
                            BigDecimal prefecturePercent, BigDecimal countyPercent, String validFrom, String validTo,
                            String reference, String createdBy, Instant createdAt) {
}
