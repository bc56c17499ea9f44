package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A billing period with its latest run, its current lines and total, and what still blocks closing it. */
public record PeriodView(String period, PeriodStatus status, Instant closedAt, String closedBy, RunView lastRun,
                         long lineCount, BigDecimal total, int disputes) {
}
