package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.gov.dehong.cloud.billing.internal.StatementRows.VendorPayerRow;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statements of a period (Art. 11–12): per payer, unit, county and product for finance, the DEC and auditors;
 * the vendor settlement statement (with the deductions and holds of Art. 26); and each unit's own bill within its
 * data scope. Totals are sums of the rows, which are sums of the lines: they agree to the fen.
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

    private final BillingPeriodRepository periods;
    private final StatementQueries queries;
    private final ChargeLineStore store;
    private final PenaltyService penalties;
    private final OrganizationDirectory organization;
    private final StatementSeals seals;

    StatementService(BillingPeriodRepository periods, StatementQueries queries, ChargeLineStore store,
                     PenaltyService penalties, OrganizationDirectory organization, StatementSeals seals) {
        this.seals = seals;
        this.periods = periods;
        this.queries = queries;
        this.store = store;
        this.penalties = penalties;
        this.organization = organization;
    }

    public Statement<?> statement(Actor actor, String periodText, StatementKind kind) {
        BillingAccess.requireStatementReader(actor);
        BillingPeriod period = existing(periodText);
        String key = period.getPeriod();
        StatementSeals.Check integrity = period.getStatus() == PeriodStatus.CLOSED ? seals.check(key) : null;
        return switch (kind) {
            case PAYER -> statement(period, kind, queries.payers(key), StatementRows.PayerRow::amount, StatementRows.PayerRow::lineCount, integrity);
            case UNIT -> statement(period, kind, queries.units(key), StatementRows.UnitRow::amount, StatementRows.UnitRow::lineCount, integrity);
            case COUNTY -> statement(period, kind, queries.counties(key), StatementRows.CountyRow::amount, StatementRows.CountyRow::lineCount, integrity);
            case PRODUCT -> statement(period, kind, queries.products(key), StatementRows.ProductRow::amount, StatementRows.ProductRow::lineCount, integrity);
        };
    }

    private static <R> Statement<R> statement(BillingPeriod period, StatementKind kind, List<R> rows,
                                              Function<R, BigDecimal> amount, Function<R, Long> lines,
                                              StatementSeals.Check integrity) {
        BigDecimal total = rows.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        long count = rows.stream().mapToLong(lines::apply).sum();
        return new Statement<>(period.getPeriod(), period.getStatus(), kind, rows, count, total, integrity);
    }

    /** The integrity check of a period's statements (the same readers as the statements). */
    public StatementSeals.Check integrity(Actor actor, String periodText) {
        BillingAccess.requireVendorStatementReader(actor);
        return seals.check(existing(periodText).getPeriod());
    }

    public SettlementStatement vendorStatement(Actor actor, String periodText) {
        BillingAccess.requireVendorStatementReader(actor);
        BillingPeriod period = existing(periodText);
        List<PenaltyView> penaltyList = penalties.ofPeriod(period.getPeriod());
        BigDecimal deductions = penaltyList.stream().filter(p -> p.kind() == PenaltyKind.DEDUCTION)
                .map(PenaltyView::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        boolean held = penaltyList.stream().anyMatch(PenaltyView::activeHold);
        List<VendorPayerRow> rows = new ArrayList<>(queries.vendorPayers(period.getPeriod()));
        boolean prefectureRow = rows.stream().anyMatch(row -> row.bearer() == CostBearer.PREFECTURE);
        if (!prefectureRow && (deductions.signum() > 0 || held)) {
            var units = new UnitDirectory(organization.units());
            rows.add(0, new VendorPayerRow(CostBearer.PREFECTURE, units.prefectureId(), units.nameOf(units.prefectureId()),
                    0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), false, 0, 0, 0, 0));
        }
        // Art. 26: the DEC deducts from and holds the payment it makes, the prefecture-borne one
        rows.replaceAll(row -> row.bearer() != CostBearer.PREFECTURE ? row
                : new VendorPayerRow(row.bearer(), row.payerUnitId(), row.payerName(), row.lineCount(), row.gross(),
                deductions, row.gross().subtract(deductions), held, row.confirmed(), row.disputed(), row.resolved(),
                row.open()));
        BigDecimal gross = rows.stream().map(VendorPayerRow::gross).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new SettlementStatement(period.getPeriod(), period.getStatus(), rows, gross, deductions,
                gross.subtract(deductions), held, penaltyList,
                rows.stream().mapToLong(VendorPayerRow::confirmed).sum(),
                rows.stream().mapToLong(VendorPayerRow::disputed).sum(),
                rows.stream().mapToLong(VendorPayerRow::resolved).sum(),
                rows.stream().mapToLong(VendorPayerRow::open).sum());
    }

    /** The lines of a period: every line for readers and the vendor, the caller's units for anyone else. */
    public Page<ChargeLineView> lines(Actor actor, String periodText, LineFilter filter, Pageable pageable) {
        BillingPeriod period = existing(periodText);
        return store.page(period.getPeriod(), scoped(actor, filter), pageable);
    }

    public void forEachLine(Actor actor, String periodText, LineFilter filter, Sort sort, Consumer<ChargeLineView> consumer) {
        BillingPeriod period = existing(periodText);
        store.forEach(period.getPeriod(), scoped(actor, filter), sort, consumer);
    }

    public UnitBill unitBill(Actor actor, String periodText, Long unitId, Pageable pageable) {
        Long unit = unitId != null ? unitId : actor.unitId();
        requireUnitReader(actor, unit);
        BillingPeriod period = existing(periodText);
        Map<CostBearer, BigDecimal> totals = queries.unitTotals(period.getPeriod(), unit);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal total = totals.values().stream().reduce(zero, BigDecimal::add);
        Page<ChargeLineView> lines = store.page(period.getPeriod(),
                new LineFilter(null, unit, null, null, null, null, null), pageable);
        return new UnitBill(period.getPeriod(), period.getStatus(), unit, organization.unit(unit).name(), total,
                totals.getOrDefault(CostBearer.PREFECTURE, zero), totals.getOrDefault(CostBearer.COUNTY, zero),
                totals.getOrDefault(CostBearer.UNIT, zero), lines);
    }

    /**
     * A unit's data: 404 outside the caller's scope (never reveals that it exists); the vendor and the security
     * departments, who see every unit for their own work, have no business with the units' bills.
     */
    void requireUnitReader(Actor actor, Long unitId) {
        if (BillingAccess.readsAll(actor)) {
            return;
        }
        organization.requireVisible(actor, unitId);
        if (organization.scopeOf(actor).all()) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    private LineFilter scoped(Actor actor, LineFilter filter) {
        if (BillingAccess.readsAll(actor) || actor.has(Role.VENDOR_OPERATOR)) {
            return filter;
        }
        var scope = organization.scopeOf(actor);
        if (scope.all()) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (filter.unitId() != null) {
            organization.requireVisible(actor, filter.unitId());
        }
        return filter.withScope(scope.unitIds());
    }

    BillingPeriod existing(String periodText) {
        String key = PeriodText.format(PeriodText.parse(periodText));
        return periods.findByPeriod(key)
                .orElseThrow(() -> BusinessRuleException.notFound("billing.error.periodNotFound", key));
    }
}
