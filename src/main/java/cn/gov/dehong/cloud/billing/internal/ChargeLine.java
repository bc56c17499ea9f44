package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of {@code bil_charge_line} to write. Not an entity: a run writes 100,000 of them in JDBC batches.
 * {@code component} makes the line unique within its period and instance: the segment's first day and the bearer
 * for a metered line, prefixed by the corrected period for an adjustment.
 */
record ChargeLine(String period, Long instanceId, String component, LineKind kind, String adjustsPeriod, Long runId,
                  String instanceCode, Long unitId, String unitName, Long unitCountyId, Long productId,
                  String productName, String spec, Integer quantity, String priceList, BigDecimal monthlyFee,
                  LocalDate usedFrom, LocalDate usedTo, Integer usedDays, Integer billedDays, Integer daysInMonth,
                  CostBearer bearer, Long bearerUnitId, String bearerName, BigDecimal sharePercent,
                  BigDecimal amount, String note) {
}
