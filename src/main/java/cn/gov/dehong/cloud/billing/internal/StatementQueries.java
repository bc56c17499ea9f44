package cn.gov.dehong.cloud.billing.internal;

import static cn.gov.dehong.cloud.billing.internal.ChargeLineStore.scaled;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.billing.internal.StatementRows.CountyRow;
import cn.gov.dehong.cloud.billing.internal.StatementRows.PayerRow;
import cn.gov.dehong.cloud.billing.internal.StatementRows.ProductRow;
import cn.gov.dehong.cloud.billing.internal.StatementRows.UnitRow;
import cn.gov.dehong.cloud.billing.internal.StatementRows.VendorPayerRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The GROUP BY queries behind the statements: sums in the database's exact NUMERIC arithmetic. */
@Repository
class StatementQueries {

    private final JdbcTemplate jdbc;

    StatementQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PayerRow> payers(String period) {
        return jdbc.query("select bearer, bearer_unit_id, max(bearer_name), count(*), sum(amount) from bil_charge_line"
                        + " where period = ? group by bearer, bearer_unit_id",
                (rs, n) -> new PayerRow(CostBearer.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        scaled(rs.getBigDecimal(5))), period)
                .stream().sorted(Comparator.comparing(PayerRow::bearer).thenComparing(PayerRow::payerName)).toList();
    }

    List<UnitRow> units(String period) {
        return jdbc.query("select unit_id, max(unit_name), count(*),"
                        + " sum(case when bearer = 'PREFECTURE' then amount else 0 end),"
                        + " sum(case when bearer = 'COUNTY' then amount else 0 end),"
                        + " sum(case when bearer = 'UNIT' then amount else 0 end), sum(amount)"
                        + " from bil_charge_line where period = ? group by unit_id",
                (rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getLong(3), scaled(rs.getBigDecimal(4)),
                        scaled(rs.getBigDecimal(5)), scaled(rs.getBigDecimal(6)), scaled(rs.getBigDecimal(7))), period)
                .stream().sorted(Comparator.comparing(UnitRow::unitName).thenComparing(UnitRow::unitId)).toList();
    }

    List<CountyRow> counties(String period) {
        return jdbc.query("select bearer_unit_id, max(bearer_name), unit_id, max(unit_name), count(*), sum(amount)"
                        + " from bil_charge_line where period = ? and bearer = 'COUNTY' group by bearer_unit_id, unit_id",
                (rs, n) -> new CountyRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        scaled(rs.getBigDecimal(6))), period)
                .stream().sorted(Comparator.comparing(CountyRow::countyName).thenComparing(CountyRow::unitName)).toList();
    }

    List<ProductRow> products(String period) {
        return jdbc.query("select product_id, max(product_name), count(distinct instance_id), count(*), sum(amount)"
                        + " from bil_charge_line where period = ? group by product_id",
                (rs, n) -> new ProductRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        scaled(rs.getBigDecimal(5))), period)
                .stream().sorted(Comparator.comparing(ProductRow::productId)).toList();
    }

    /** Gross and review counts per payer; deductions and holds are added by the caller. */
    List<VendorPayerRow> vendorPayers(String period) {
        return jdbc.query("select l.bearer, l.bearer_unit_id, max(l.bearer_name), count(*), sum(l.amount),"
                        + " sum(case when r.status = 'CONFIRMED' then 1 else 0 end),"
                        + " sum(case when r.status = 'DISPUTED' then 1 else 0 end),"
                        + " sum(case when r.status = 'RESOLVED' then 1 else 0 end),"
                        + " sum(case when r.id is null then 1 else 0 end)"
                        + " from bil_charge_line l" + ChargeLineStore.REVIEW_JOIN
                        + " where l.period = ? group by l.bearer, l.bearer_unit_id",
                (rs, n) -> new VendorPayerRow(CostBearer.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getLong(4), scaled(rs.getBigDecimal(5)), scaled(null), scaled(rs.getBigDecimal(5)), false,
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)), period)
                .stream().sorted(Comparator.comparing(VendorPayerRow::bearer).thenComparing(VendorPayerRow::payerName))
                .toList();
    }

    /** A unit's total per bearer in a period. */
    Map<CostBearer, BigDecimal> unitTotals(String period, Long unitId) {
        Map<CostBearer, BigDecimal> totals = new EnumMap<>(CostBearer.class);
        jdbc.query("select bearer, sum(amount) from bil_charge_line where period = ? and unit_id = ? group by bearer",
                (RowCallbackHandler) rs -> totals.put(CostBearer.valueOf(rs.getString(1)), scaled(rs.getBigDecimal(2))),
                period, unitId);
        return totals;
    }
}
