package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** The log entry of a run as pages and the API show it. */
public record RunView(Long id, String period, RunTrigger trigger, String actor, Instant startedAt, Instant finishedAt,
                      String partialMonthRule, boolean billSuspended, int instanceCount, int lineCount,
                      BigDecimal total, int reviewsWithdrawn) {
}
