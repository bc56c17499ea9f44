package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.assessment.AssessmentResults;
import cn.gov.dehong.cloud.assessment.AssessmentResults.AssessmentResult;
import cn.gov.dehong.cloud.billing.BillingFigures;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.supervision.internal.FundPerformance.Row;
import cn.gov.dehong.cloud.supervision.internal.SupervisionReport.Candidate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link FundPerformance} (Art. 28, 29) within the caller's data scope, as the supervision report does: a
 * unit sees its own row (an aggregator its subtree), the DEC, finance, auditors and administrators every unit, the
 * vendor nothing (403). Budget and actual spend come from billing's figures, the idle spend from
 * {@link SupervisionReports#candidates} over the twelve months of the year (the same candidates and monthly fees the
 * supervision report shows for that period), the assessment from the assessment module's signed-off results.
 */
@Service
@Transactional(readOnly = true)
class FundPerformanceService {

    static final List<String> SORTS = List.of("unit", "county", "budget", "actual", "utilisation", "idle");
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_QUERY = 100;

    private final SupervisionReports reports;
    private final BillingFigures billing;
    private final AssessmentResults assessments;
    private final OrganizationDirectory organization;

    FundPerformanceService(SupervisionReports reports, BillingFigures billing, AssessmentResults assessments,
                           OrganizationDirectory organization) {
        this.reports = reports;
        this.billing = billing;
        this.assessments = assessments;
        this.organization = organization;
    }

    /** The budget year asked for, or the current one (Asia/Shanghai). */
    int year(String year) {
        if (year == null || year.isBlank()) {
            return reports.today().getYear();
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y >= 2000 && y <= 2099) {
                return y;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw BusinessRuleException.invalid("supervision.fund.error.year", year);
    }

    /** Rows per page: {@value #DEFAULT_PAGE_SIZE} when not given, 1 to {@value #MAX_PAGE_SIZE}. */
    static int pageSize(Integer size) {
        if (size == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw BusinessRuleException.invalid("supervision.fund.error.size", MAX_PAGE_SIZE);
        }
        return size;
    }

    /**
     * Every row of the year that the caller reads and the filters keep, in the chosen order, with their total (one
     * page of it: {@link FundPerformance#slice}); {@code q}: part of the unit's name or code, {@code overBudget}: only
     * units that spent more than their budget.
     */
    FundPerformance compute(Actor actor, int year, Long countyId, String q, boolean overBudget, String sort,
                            String direction) {
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            throw BusinessRuleException.invalid("supervision.fund.error.query", MAX_QUERY);
        }
        String sortKey = sort == null || sort.isBlank() ? "unit" : sort.strip();
        if (!SORTS.contains(sortKey)) {
            throw BusinessRuleException.invalid("supervision.fund.error.sort", sortKey);
        }
        boolean descending = "desc".equalsIgnoreCase(direction);
        Set<Long> selection = reports.selection(actor, countyId, null);
        Map<Long, UnitView> all = organization.units().stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity(), (a, b) -> a));
        List<UnitView> units = all.values().stream()
                .filter(UnitView::isAgency)
                .filter(u -> selection == null || selection.contains(u.id()))
                .toList();
        List<Long> ids = units.stream().map(UnitView::id).toList();

        Map<Long, BigDecimal> budgets = ids.isEmpty() ? Map.of() : billing.budgets(year, selection == null ? null : ids);
        Map<Long, BigDecimal> actual = new HashMap<>();
        if (!ids.isEmpty()) {
            billing.spend(YearMonth.of(year, 1), YearMonth.of(year, 12), selection == null ? null : ids)
                    .forEach(r -> actual.merge(r.unitId(), r.amount(), BigDecimal::add));
        }
        Map<Long, BigDecimal> idleFee = new HashMap<>();
        Map<Long, long[]> idleCounts = new HashMap<>();
        if (!ids.isEmpty()) {
            SupervisionReports.Period period = new SupervisionReports.Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
            for (Candidate c : reports.candidates(period, selection == null ? null : Set.copyOf(ids))) {
                idleFee.merge(c.unitId(), c.monthlyFee(), BigDecimal::add);
                long[] n = idleCounts.computeIfAbsent(c.unitId(), id -> new long[2]);
                n[c.efficiency() == SupervisionRules.Efficiency.IDLE ? 0 : 1]++;
            }
        }

        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<Row> rows = new ArrayList<>();
        for (UnitView u : units) {
            long[] n = idleCounts.getOrDefault(u.id(), new long[2]);
            UnitView county = u.countyId() == null ? null : all.get(u.countyId());
            BigDecimal budget = budgets.get(u.id());
            BigDecimal spent = actual.getOrDefault(u.id(), zero).setScale(2, RoundingMode.HALF_UP);
            rows.add(new Row(u.id(), u.code(), u.name(),
                    u.countyId() == null ? SupervisionReports.PREFECTURE_LEVEL : u.countyId(),
                    county == null ? null : county.name(), budget, spent, utilisation(spent, budget),
                    idleFee.getOrDefault(u.id(), zero).setScale(2, RoundingMode.HALF_UP), n[0], n[1]));
        }
        if (query != null || overBudget) {
            rows.removeIf(r -> !matches(r, query) || (overBudget && !r.overBudget()));
        }
        rows.sort(comparator(sortKey, descending));

        BigDecimal budgetSum = null;
        BigDecimal actualSum = zero;
        BigDecimal idleSum = zero;
        long idle = 0;
        long over = 0;
        for (Row r : rows) {
            if (r.budget() != null) {
                budgetSum = budgetSum == null ? r.budget() : budgetSum.add(r.budget());
            }
            actualSum = actualSum.add(r.actual());
            idleSum = idleSum.add(r.idleFee());
            idle += r.idle();
            over += r.overProvisioned();
        }
        Row total = new Row(null, null, null, countyId, null, budgetSum, actualSum, utilisation(actualSum, budgetSum),
                idleSum, idle, over);

        List<AssessmentResult> results = assessments.signedOffOfYear(year);
        AssessmentResult yearly = results.stream().filter(r -> String.valueOf(year).equals(r.period())).findFirst()
                .orElse(null);
        boolean empty = budgets.isEmpty() && actual.isEmpty() && idleFee.isEmpty();
        return new FundPerformance(year, countyId, query, overBudget, sortKey, descending ? "desc" : "asc",
                List.copyOf(rows), 0, Math.max(1, rows.size()), rows.size(), 1, total, results, yearly, empty);
    }

    private static boolean matches(Row row, String query) {
        if (query == null) {
            return true;
        }
        String needle = query.toLowerCase(java.util.Locale.ROOT);
        return row.unitName().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || row.unitCode().toLowerCase(java.util.Locale.ROOT).contains(needle);
    }

    static BigDecimal utilisation(BigDecimal actual, BigDecimal budget) {
        if (budget == null || budget.signum() <= 0) {
            return null;
        }
        return actual.divide(budget, 4, RoundingMode.HALF_UP);
    }

    static Comparator<Row> comparator(String sort, boolean descending) {
        Comparator<Row> byUnit = Comparator.comparing(Row::unitCode);
        Comparator<Row> primary = switch (sort) {
            case "county" -> Comparator.comparing(Row::countyId);
            case "budget" -> nullsLast(Row::budget, descending);
            case "actual" -> Comparator.comparing(Row::actual);
            case "utilisation" -> nullsLast(Row::utilisation, descending);
            case "idle" -> Comparator.comparing(Row::idleFee);
            default -> byUnit;
        };
        if (descending) {
            primary = primary.reversed();
        }
        return primary.thenComparing(byUnit);
    }

    /** Rows without the figure last whatever the direction (the comparator is reversed for descending). */
    private static Comparator<Row> nullsLast(Function<Row, BigDecimal> key, boolean descending) {
        Comparator<BigDecimal> natural = Comparator.naturalOrder();
        return Comparator.comparing(key, descending ? Comparator.nullsFirst(natural) : Comparator.nullsLast(natural));
    }
}
