package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;

import org.springframework.data.domain.Page;

/** A unit's bill of a period: its lines (a page), the total, and which part each level bears. */
public record UnitBill(String period, PeriodStatus status, Long unitId, String unitName, BigDecimal total,
                       BigDecimal prefecture, BigDecimal county, BigDecimal direct, Page<ChargeLineView> lines) {
}
