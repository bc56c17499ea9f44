package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget lines (Art. 11, 28, 29): finance sets each unit's annual cloud-service budget; the unit and finance see
 * what the year's periods consumed and what the services in production commit to December. The commitment meters
 * every month of the year that has not been run yet with the same rules as a run (price list in force, or the
 * latest one for months no version covers yet).
 */
@Service
public class BudgetService {

    private static final String AUDIT_TYPE = "BudgetLine";
    private static final int EXPORT_PAGE = 500;

    private final BudgetLineRepository budgets;
    private final BillingRunRepository runs;
    private final ChargeLineStore store;
    private final SubscriptionManagement subscriptions;
    private final CatalogManagement catalog;
    private final OrganizationDirectory organization;
    private final PeriodLocks locks;
    private final AuditLog audit;
    private final BillingSettings settings;

    BudgetService(BudgetLineRepository budgets, BillingRunRepository runs, ChargeLineStore store,
                  SubscriptionManagement subscriptions, CatalogManagement catalog, OrganizationDirectory organization,
                  PeriodLocks locks, AuditLog audit, BillingSettings settings) {
        this.budgets = budgets;
        this.runs = runs;
        this.store = store;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.organization = organization;
        this.locks = locks;
        this.audit = audit;
        this.settings = settings;
    }

    @Transactional
    public BudgetStatus set(Actor actor, Long unitId, int year, BigDecimal amount, String note) {
        BillingAccess.requireFinance(actor);
        checkYear(year);
        UnitView unit = organization.unit(unitId);
        if (!unit.isAgency()) {
            throw BusinessRuleException.invalid("billing.error.budgetNotAgency", unit.name());
        }
        BigDecimal checked = Amounts.nonNegative(amount);
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > 500) {
            throw BusinessRuleException.invalid("billing.error.noteTooLong", 500);
        }
        BudgetLine line = budgets.findByUnitIdAndBudgetYear(unitId, year).orElseGet(() -> new BudgetLine(unitId, year));
        String before = line.describe();
        line.set(checked, text, actor.username(), locks.now());
        budgets.save(line);
        audit.record("billing.budget.set", AUDIT_TYPE, unitId + "/" + year, before, line.describe());
        return statuses(List.of(unit), year).get(0);
    }

    @Transactional(readOnly = true)
    public BudgetStatus status(Actor actor, Long unitId, int year) {
        checkYear(year);
        if (!BillingAccess.readsAll(actor)) {
            organization.requireVisible(actor, unitId);
            if (organization.scopeOf(actor).all()) {
                throw BusinessRuleException.forbidden("error.forbidden");
            }
        }
        return statuses(List.of(organization.unit(unitId)), year).get(0);
    }

    /** The agencies in the caller's scope, by name, filtered by {@code text}; statuses computed for the page only. */
    @Transactional(readOnly = true)
    public Page<BudgetStatus> overview(Actor actor, int year, String text, Pageable pageable) {
        checkYear(year);
        List<UnitView> units = agencies(actor, text);
        int from = (int) Math.min(pageable.getOffset(), units.size());
        int to = Math.min(from + pageable.getPageSize(), units.size());
        return new PageImpl<>(statuses(units.subList(from, to), year), pageable, units.size());
    }

    /** Every agency of the overview, computed page by page (for the Excel export). */
    @Transactional(readOnly = true)
    public void forEach(Actor actor, int year, String text, Consumer<BudgetStatus> consumer) {
        checkYear(year);
        List<UnitView> units = agencies(actor, text);
        for (int from = 0; from < units.size(); from += EXPORT_PAGE) {
            statuses(units.subList(from, Math.min(from + EXPORT_PAGE, units.size())), year).forEach(consumer);
        }
    }

    private List<UnitView> agencies(Actor actor, String text) {
        DataScope scope = BillingAccess.readsAll(actor) ? DataScope.everything() : organization.scopeOf(actor);
        if (!BillingAccess.readsAll(actor) && scope.all()) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        String filter = text == null ? "" : text.trim();
        return organization.units().stream()
                .filter(UnitView::isAgency)
                .filter(unit -> scope.includes(unit.id()))
                .filter(unit -> filter.isEmpty() || unit.name().contains(filter) || unit.code().contains(filter))
                .sorted(Comparator.comparing(UnitView::code))
                .toList();
    }

    private List<BudgetStatus> statuses(List<UnitView> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Long> ids = units.stream().map(UnitView::id).toList();
        Map<Long, BudgetLine> lines = new HashMap<>();
        budgets.findByBudgetYearAndUnitIdIn(year, ids).forEach(line -> lines.put(line.getUnitId(), line));
        Map<Long, BigDecimal> consumed = store.sumsByUnit(year + "-01", year + "-12", ids);
        Map<Long, BigDecimal> stillToBill = stillToBill(year, ids);
        List<BudgetStatus> statuses = new ArrayList<>(units.size());
        for (UnitView unit : units) {
            BudgetLine line = lines.get(unit.id());
            statuses.add(BudgetStatus.of(unit.id(), unit.name(), year, line == null ? null : line.getAmount(),
                    consumed.getOrDefault(unit.id(), BigDecimal.ZERO.setScale(2)),
                    stillToBill.getOrDefault(unit.id(), BigDecimal.ZERO.setScale(2)), line == null ? null : line.getNote()));
        }
        return statuses;
    }

    /** What the months of {@code year} without a run will charge each unit, metered like a run would. */
    private Map<Long, BigDecimal> stillToBill(int year, List<Long> unitIds) {
        List<String> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(PeriodText.format(YearMonth.of(year, month)));
        }
        Set<String> run = new HashSet<>(runs.periodsRun(months));
        List<YearMonth> open = months.stream().filter(month -> !run.contains(month)).map(PeriodText::parse).toList();
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (open.isEmpty()) {
            return sums;
        }
        LocalDate from = open.get(0).atDay(1);
        LocalDate to = LocalDate.of(year, 12, 31);
        PriceTables prices = PriceTables.lenient(catalog.priceTables(LocalDate.of(2000, 1, 1), to));
        MeteringRules metering = new MeteringRules(settings.partialMonth(), settings.billSuspended());
        long afterId = 0;
        while (true) {
            List<ServiceHistory> page = subscriptions.productionHistories(from, to, unitIds, afterId, settings.pageSize());
            if (page.isEmpty()) {
                break;
            }
            for (ServiceHistory service : page) {
                for (YearMonth month : open) {
                    for (MeteredSegment segment : metering.meter(month, service, prices)) {
                        sums.merge(service.unitId(), segment.amount(), BigDecimal::add);
                    }
                }
            }
            afterId = page.get(page.size() - 1).id();
        }
        return sums;
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2099) {
            throw BusinessRuleException.invalid("billing.error.yearMalformed", String.valueOf(year));
        }
    }
}
