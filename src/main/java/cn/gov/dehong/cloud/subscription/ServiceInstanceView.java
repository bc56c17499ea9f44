package cn.gov.dehong.cloud.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecValues;

public record ServiceInstanceView(Long id, String code, Long applicationId, Long unitId, String unitName,
                                  Long productId, String productName, PlatformZone zone, SpecValues spec, int quantity,
                                  ServiceInstanceStatus status, LocalDate testStart, LocalDate testEnd,
                                  LocalDate billingStart, LocalDate endDate, BigDecimal monthlyFeeEstimate,
                                  boolean goLiveConfirmed, long version) {
}
