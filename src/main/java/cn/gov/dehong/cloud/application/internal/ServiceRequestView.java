package cn.gov.dehong.cloud.application.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.application.RequestStatus;

public record ServiceRequestView(Long id, String code, String type, Long instanceId, String instanceCode, Long unitId,
                                 String unitName, String reason, RequestStatus status, Integer newVcpu,
                                 Integer newMemoryGb, Integer newDiskGb, Integer newBandwidthMbps, Integer newQuantity,
                                 BigDecimal oldMonthlyFee, BigDecimal newMonthlyFee, BigDecimal monthlyFeeDelta,
                                 String feeDirection, boolean dataBackupConfirmed, LocalDate requestedEndDate,
                                 LocalDate endDate, Integer monthsOfUse, Boolean withinFirstYear, String dataHandover,
                                 String purgeMethod, LocalDate purgedOn, LocalDate completedOn, String requestedBy,
                                 Instant requestedAt, List<StepView> timeline, List<ApplicationDetails.Opinion> opinions) {
}
