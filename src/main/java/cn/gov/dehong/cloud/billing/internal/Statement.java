package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.util.List;

/** A statement of a period: its rows and their total, which equals the sum of the period's lines exactly. */
public record Statement<R>(String period, PeriodStatus status, StatementKind kind, List<R> rows, long lineCount,
                           BigDecimal total) {
}
