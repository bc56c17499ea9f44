package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;

/** A bearer's part of a charge: {@code bearerUnitId} is the prefecture, the county or the unit itself. */
record BearerShare(CostBearer bearer, Long bearerUnitId, BigDecimal percent) {
}
