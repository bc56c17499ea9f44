package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement of a period: its rows and their total, which equals the sum of the period's lines exactly; for a
 * closed period, the result of checking the period's integrity MAC when it was read (null while open).
 */
public record Statement<R>(String period, PeriodStatus status, StatementKind kind, List<R> rows, long lineCount,
                           BigDecimal total, StatementSeals.Check integrity) {
}
