package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.dehong.cloud.billing.BillingFigures;
import cn.gov.dehong.cloud.shared.IdChunks;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class BillingFigureQueries implements BillingFigures {

    /** From this many instances on, a month's lines are read in one pass (see latestMonthlyCharge). */
    static final int WHOLE_PERIOD_FROM = 2 * IdChunks.SIZE;

    private final NamedParameterJdbcTemplate jdbc;

    BillingFigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SpendRow> spend(YearMonth from, YearMonth to, Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", from.toString()).addValue("to", to.toString());
        String scope = "";
        if (unitIds != null) {
            scope = " and unit_id in (:units)";
            params.addValue("units", unitIds);
        }
        return jdbc.query("select period, unit_id, product_id, max(product_name), sum(amount) from bil_charge_line"
                        + " where period between :from and :to" + scope + " group by period, unit_id, product_id"
                        + " order by period, unit_id, product_id", params,
                (rs, n) -> new SpendRow(YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), ChargeLineStore.scaled(rs.getBigDecimal(5))));
    }

    @Override
    public Map<Long, Map<YearMonth, BigDecimal>> instanceCharges(Collection<Long> instanceIds, YearMonth from,
                                                                 YearMonth to) {
        Map<Long, Map<YearMonth, BigDecimal>> result = new HashMap<>();
        for (List<Long> chunk : IdChunks.of(instanceIds)) {
            jdbc.query("select instance_id, period, sum(amount) from bil_charge_line where instance_id in (:ids)"
                            + " and period between :from and :to group by instance_id, period",
                    new MapSqlParameterSource("ids", chunk).addValue("from", from.toString())
                            .addValue("to", to.toString()),
                    rs -> {
                        result.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>())
                                .put(YearMonth.parse(rs.getString(2)), ChargeLineStore.scaled(rs.getBigDecimal(3)));
                    });
        }
        return result;
    }

    /**
     * Month by month back from {@code upTo} (at most a year), each on the (period, instance) key. Many instances (a
     * prefecture-wide report asks for tens of thousands) are matched in one pass over the month's lines rather than
     * in dozens of IN lists; a few are looked up by id.
     */
    @Override
    public Map<Long, BigDecimal> latestMonthlyCharge(Collection<Long> instanceIds, YearMonth upTo) {
        Map<Long, BigDecimal> result = new HashMap<>();
        java.util.Set<Long> missing = new java.util.HashSet<>(instanceIds);
        for (YearMonth period = upTo; !missing.isEmpty() && !period.isBefore(upTo.minusMonths(11));
             period = period.minusMonths(1)) {
            MapSqlParameterSource params = new MapSqlParameterSource("period", period.toString());
            if (missing.size() > WHOLE_PERIOD_FROM) {
                jdbc.query("select instance_id, sum(amount) from bil_charge_line where period = :period"
                        + " group by instance_id", params, rs -> {
                            long id = rs.getLong(1);
                            if (missing.contains(id)) {
                                result.put(id, ChargeLineStore.scaled(rs.getBigDecimal(2)));
                            }
                        });
            } else {
                for (List<Long> chunk : IdChunks.of(missing)) {
                    jdbc.query("select instance_id, sum(amount) from bil_charge_line where period = :period"
                                    + " and instance_id in (:ids) group by instance_id", params.addValue("ids", chunk),
                            rs -> {
                                result.put(rs.getLong(1), ChargeLineStore.scaled(rs.getBigDecimal(2)));
                            });
                }
            }
            missing.removeAll(result.keySet());
        }
        return result;
    }

    @Override
    public Map<Long, BigDecimal> budgets(int budgetYear, Collection<Long> unitIds) {
        Map<Long, BigDecimal> result = new HashMap<>();
        if (unitIds != null && unitIds.isEmpty()) {
            return result;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("year", budgetYear);
        String scope = "";
        if (unitIds != null) {
            scope = " and unit_id in (:units)";
            params.addValue("units", unitIds);
        }
        jdbc.query("select unit_id, amount from bil_budget_line where budget_year = :year" + scope, params,
                rs -> {
                    result.put(rs.getLong(1), ChargeLineStore.scaled(rs.getBigDecimal(2)));
                });
        return result;
    }
}
