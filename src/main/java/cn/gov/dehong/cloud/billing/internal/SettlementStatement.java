package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The vendor settlement statement (结算单, Art. 10–12, 26) of a period: per payer, the gross charges, the deductions
 * of Art. 26 and the net payable; the penalties; whether payment is held; how many lines the vendor confirmed,
 * disputed or left open.
 */
public record SettlementStatement(String period, PeriodStatus status, List<StatementRows.VendorPayerRow> payers,
                                  BigDecimal gross, BigDecimal deductions, BigDecimal net, boolean paymentHeld,
                                  List<PenaltyView> penalties, long confirmed, long disputed, long resolved,
                                  long open) {
}
