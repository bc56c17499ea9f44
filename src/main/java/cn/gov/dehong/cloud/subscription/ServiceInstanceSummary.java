package cn.gov.dehong.cloud.subscription;

import java.math.BigDecimal;

/** The few columns a report over tens of thousands of instances needs: who, what, in which state, at what estimate. */
public record ServiceInstanceSummary(Long id, String code, Long unitId, String unitName, String productName,
                                     ServiceInstanceStatus status, BigDecimal monthlyFeeEstimate) {
}
