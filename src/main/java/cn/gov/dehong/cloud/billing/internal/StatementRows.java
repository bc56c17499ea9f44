package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;

/** The rows of the statements; every amount is an exact SQL sum of charge lines. */
public final class StatementRows {

    private StatementRows() {
    }

    /** One payer: the DEC for the prefecture, a county's department, or a national/provincial unit itself. */
    public record PayerRow(CostBearer bearer, Long payerUnitId, String payerName, long lineCount, BigDecimal amount) {
    }

    /** One unit: what it was charged in total and who bears which part. */
    public record UnitRow(Long unitId, String unitName, long lineCount, BigDecimal prefecture, BigDecimal county,
                          BigDecimal direct, BigDecimal amount) {
    }

    /** One unit's part borne by one county (county units, and the county shares of jointly borne items). */
    public record CountyRow(Long countyId, String countyName, Long unitId, String unitName, long lineCount,
                            BigDecimal amount) {
    }

    /** One product (service type): instances charged, lines, amount. */
    public record ProductRow(Long productId, String productName, long instanceCount, long lineCount, BigDecimal amount) {
    }

    /** The vendor's view of one payer: gross, Art. 26 deductions (on the DEC's payable), net, review progress. */
    public record VendorPayerRow(CostBearer bearer, Long payerUnitId, String payerName, long lineCount, BigDecimal gross,
                                 BigDecimal deductions, BigDecimal net, boolean held, long confirmed, long disputed,
                                 long resolved, long open) {
    }
}
