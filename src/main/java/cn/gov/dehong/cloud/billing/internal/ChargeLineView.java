package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A charge or adjustment line with the vendor's review, as statements, pages and the API show it. */
public record ChargeLineView(Long id, String period, LineKind kind, String adjustsPeriod, Long instanceId,
                             String instanceCode, Long unitId, String unitName, Long productId, String productName,
                             String spec, Integer quantity, String priceList, BigDecimal monthlyFee,
                             LocalDate usedFrom, LocalDate usedTo, Integer usedDays, Integer billedDays,
                             Integer daysInMonth, CostBearer bearer, Long bearerUnitId, String bearerName,
                             BigDecimal sharePercent, BigDecimal amount, String note, ReviewStatus review,
                             String reviewReason, String outcome, String resolutionNote) {

    /** A part of a jointly borne item (less than 100 % of the segment). */
    public boolean jointShare() {
        return sharePercent != null && sharePercent.compareTo(BigDecimal.valueOf(100)) != 0;
    }
}
