package cn.gov.dehong.cloud.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What happened to service instances, for billing and supervision. */
public final class ServiceEvents {

    private ServiceEvents() {
    }

    public record ServiceWentLive(Long instanceId, Long unitId, LocalDate billingStart) {
    }

    public record ServiceChanged(Long instanceId, Long unitId, LocalDate effectiveOn, BigDecimal oldMonthlyFee,
                                 BigDecimal newMonthlyFee) {
    }

    public record ServiceTerminated(Long instanceId, Long unitId, LocalDate endDate) {
    }
}
