package cn.gov.dehong.cloud.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the lifecycle publishes for billing and supervision. */
public final class ApplicationEvents {

    private ApplicationEvents() {
    }

    public record ApplicationAccepted(Long applicationId, Long unitId) {
    }

    public record ServiceOrderApproved(Long applicationId, Long unitId, ApplicationKind kind) {
    }

    /** Art. 9(六): a lower fee frees money for the finance bureau; a higher one is borne by the unit's own funds. */
    public record ChangeApproved(Long changeRequestId, Long instanceId, Long unitId, BigDecimal monthlyFeeDelta) {
    }

    public record TerminationApproved(Long terminationRequestId, Long instanceId, Long unitId, LocalDate endDate) {
    }
}
