package cn.gov.dehong.cloud.billing;

import java.math.BigDecimal;

/** A billing period ('YYYY-MM') was closed: its lines are final; corrections go to a later period as adjustments. */
public record PeriodClosed(String period, long lineCount, BigDecimal total) {
}
