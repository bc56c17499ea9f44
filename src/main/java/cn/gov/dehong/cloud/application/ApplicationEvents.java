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

    /**
     * Art. 23: the vendor ended the service and recorded what data and documents it handed over and how and when it
     * purged them; the unit's confirmation of both (in security) closes the service for good.
     */
    public record ServiceDecommissioned(Long terminationRequestId, String requestCode, Long instanceId,
                                        String instanceCode, Long unitId, String unitName, LocalDate endDate,
                                        String dataHandover, String purgeMethod, LocalDate purgedOn,
                                        String certifiedBy) {
    }
}
