package cn.gov.dehong.cloud.supervision.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.gov.dehong.cloud.billing.BillingFigures;
import cn.gov.dehong.cloud.operations.OperationsFigures;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard charts: each is a table (header keys, rows with the link to the records behind them) from which the
 * chart's categories and series are taken, so that the chart, its table view and its Excel export show the same
 * figures.
 */
@Service
@Transactional(readOnly = true)
class ChartService {

    static final List<String> NAMES = List.of("adoption", "spend-month", "spend-type", "idle-trend", "incidents", "sla");

    private final SupervisionReports reports;
    private final BillingFigures billing;
    private final OperationsFigures operations;

    ChartService(SupervisionReports reports, BillingFigures billing, OperationsFigures operations) {
        this.reports = reports;
        this.billing = billing;
        this.operations = operations;
    }

    /** {@code label} is shown as is, {@code values} in the order of the headers after the first. */
    @Schema(name = "SupervisionChartRow")
    record Row(String label, List<Number> values, String link) {
    }

    /** {@code type} bar or line; {@code headers} message keys (first: category); {@code chartColumns}: plotted. */
    record Chart(String name, String type, String titleKey, List<String> headers, List<Integer> chartColumns,
                 List<Row> rows, YearMonth from, YearMonth to) {

        public boolean empty() {
            return rows.isEmpty() || rows.stream().allMatch(r -> r.values().stream()
                    .allMatch(v -> v == null || v.doubleValue() == 0));
        }
    }

    Chart chart(Actor actor, String name, SupervisionReports.Period period) {
        Set<Long> units = reports.readableUnits(actor);
        return switch (name) {
            case "adoption" -> adoption(actor, period);
            case "spend-month" -> spendByMonth(period, units);
            case "spend-type" -> spendByType(period, units);
            case "idle-trend" -> idleTrend(period, units);
            case "incidents" -> incidents(period, units);
            case "sla" -> sla(period, units);
            default -> throw BusinessRuleException.notFound("error.object.notFound");
        };
    }

    private Chart adoption(Actor actor, SupervisionReports.Period period) {
        SupervisionReport report = reports.report(actor, period, null, null);
        List<Row> rows = new ArrayList<>();
        for (SupervisionReport.UnitFigures c : report.counties()) {
            rows.add(new Row(c.name() == null ? "#supervision.prefectureLevel" : c.name(), List.of(c.systems(), c.onCloud(),
                    c.adoptionRatio() == null ? 0 : c.adoptionRatio().multiply(BigDecimal.valueOf(100))
                            .setScale(1, RoundingMode.HALF_UP)),
                    link("/supervision", period).queryParam("countyId", c.id()).toUriString()));
        }
        return new Chart("adoption", "bar", "supervision.chart.adoption",
                List.of("supervision.county", "supervision.systems", "supervision.onCloud",
                        "supervision.adoptionPercent"), List.of(3), rows, period.from(), period.to());
    }

    private Chart spendByMonth(SupervisionReports.Period period, Set<Long> units) {
        Map<YearMonth, BigDecimal> sums = new TreeMap<>();
        period.months().forEach(m -> sums.put(m, BigDecimal.ZERO.setScale(2)));
        for (BillingFigures.SpendRow row : billing.spend(period.from(), period.to(), units)) {
            sums.merge(row.period(), row.amount(), BigDecimal::add);
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((m, amount) -> rows.add(new Row(m.toString(), List.of(amount),
                "/billing/periods/" + m + "/lines")));
        return new Chart("spend-month", "bar", "supervision.chart.spend-month",
                List.of("supervision.month", "supervision.amount"), List.of(1), rows, period.from(), period.to());
    }

    private Chart spendByType(SupervisionReports.Period period, Set<Long> units) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (BillingFigures.SpendRow row : billing.spend(period.from(), period.to(), units)) {
            sums.merge(row.productName(), row.amount(), BigDecimal::add);
        }
        List<Row> rows = new ArrayList<>();
        sums.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .forEach(e -> rows.add(new Row(e.getKey(), List.of(e.getValue()),
                        UriComponentsBuilder.fromPath("/billing/periods/" + period.to() + "/lines")
                                .queryParam("q", e.getKey()).encode().toUriString())));
        return new Chart("spend-type", "bar", "supervision.chart.spend-type",
                List.of("supervision.serviceType", "supervision.amount"), List.of(1), rows, period.from(),
                period.to());
    }

    private Chart idleTrend(SupervisionReports.Period period, Set<Long> units) {
        List<Row> rows = new ArrayList<>();
        reports.idleSpendByMonth(period, units).forEach((m, fees) -> rows.add(new Row(m.toString(),
                List.of(fees[0], fees[1], fees[2].longValue(), fees[3].longValue()), link("/supervision", new SupervisionReports.Period(m, m)).toUriString()
                + "#candidates")));
        return new Chart("idle-trend", "line", "supervision.chart.idle-trend",
                List.of("supervision.month", "supervision.idleFee", "supervision.overFee", "supervision.idleCount",
                        "supervision.overCount"), List.of(1, 2), rows,
                period.from(), period.to());
    }

    private Chart incidents(SupervisionReports.Period period, Set<Long> units) {
        List<Row> rows = operations.incidentsByMonth(period.from(), period.to(), units).stream()
                .map(m -> new Row(m.month().toString(), List.of(m.count()), "/operations/incidents")).toList();
        return new Chart("incidents", "bar", "supervision.chart.incidents",
                List.of("supervision.month", "supervision.incidents"), List.of(1), rows, period.from(), period.to());
    }

    private Chart sla(SupervisionReports.Period period, Set<Long> units) {
        List<Row> rows = operations.ticketSlaByMonth(period.from(), period.to(), units).stream()
                .map(m -> new Row(m.month().toString(), List.of(m.resolved(), m.withinSla(),
                        m.resolved() == 0 ? 0 : BigDecimal.valueOf(m.withinSla() * 100)
                                .divide(BigDecimal.valueOf(m.resolved()), 1, RoundingMode.HALF_UP)),
                        "/operations/tickets")).toList();
        return new Chart("sla", "line", "supervision.chart.sla",
                List.of("supervision.month", "supervision.ticketsResolved", "supervision.ticketsWithinSla",
                        "supervision.slaPercent"), List.of(3), rows, period.from(), period.to());
    }

    private static UriComponentsBuilder link(String path, SupervisionReports.Period period) {
        return UriComponentsBuilder.fromPath(path).queryParam("from", period.from()).queryParam("to", period.to());
    }
}
