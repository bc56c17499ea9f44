package cn.gov.dehong.cloud.application.internal;

import java.math.BigDecimal;
import java.time.Instant;

import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.application.ApplicationStatus;
import cn.gov.dehong.cloud.catalog.PlatformZone;

public record ApplicationSummary(Long id, String code, ApplicationKind kind, Long unitId, String unitName,
                                 String systemName, PlatformZone zone, ApplicationStatus status, Integer priority,
                                 BigDecimal estimatedMonthlyFee, Instant submittedAt) {

    static ApplicationSummary of(Application a) {
        return new ApplicationSummary(a.getId(), a.getCode(), a.getKind(), a.getUnitId(), a.getUnitName(),
                a.getSystemName(), a.getZone(), a.getStatus(), a.getPriority(), a.getEstimatedMonthlyFee(),
                a.getSubmittedAt());
    }
}
