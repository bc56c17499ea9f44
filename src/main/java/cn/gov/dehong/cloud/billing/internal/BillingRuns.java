package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.billing.PeriodClosed;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs and closes billing periods (Art. 10–12). A run meters every instance in production during the month, page by
 * page (keyset pages of {@code dehong.billing.page-size} instances, JDBC batches), in one transaction: it replaces
 * the period's charge lines, so a re-run of an open period gives the same lines; if any unit has no bearer, the run
 * names them all and writes nothing. Closing freezes the period.
 */
@Service
public class BillingRuns {

    static final String AUDIT_TYPE = "BillingPeriod";
    private static final Logger log = LoggerFactory.getLogger(BillingRuns.class);

    private final BillingPeriodRepository periods;
    private final BillingRunRepository runs;
    private final JointBearingRuleRepository jointRules;
    private final ChargeLineStore store;
    private final PeriodLocks locks;
    private final SubscriptionManagement subscriptions;
    private final CatalogManagement catalog;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final BillingSettings settings;
    private final StatementSeals seals;

    BillingRuns(BillingPeriodRepository periods, BillingRunRepository runs, JointBearingRuleRepository jointRules,
                ChargeLineStore store, PeriodLocks locks, SubscriptionManagement subscriptions,
                CatalogManagement catalog, OrganizationDirectory organization, AuditLog audit,
                ApplicationEventPublisher events, BillingSettings settings, StatementSeals seals) {
        this.seals = seals;
        this.periods = periods;
        this.runs = runs;
        this.jointRules = jointRules;
        this.store = store;
        this.locks = locks;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
    }

    /** Finance starts a run of a month that is over; {@code actor} null for the scheduled job. */
    @Transactional
    public RunView run(Actor actor, String periodText, RunTrigger trigger) {
        if (trigger == RunTrigger.MANUAL) {
            BillingAccess.requireFinance(actor);
        }
        YearMonth month = PeriodText.parse(periodText);
        locks.requireOver(month);
        BillingPeriod period = locks.lockOrCreate(month);
        period.requireOpen();
        String key = period.getPeriod();
        var before = store.totals(key);
        BillingRun run = runs.save(new BillingRun(key, trigger, BillingAccess.name(actor), locks.now(), settings));
        store.deleteCharges(key);

        MeteringRun metering = metering(month, run.getId());
        long afterId = 0;
        int instances = 0;
        int lines = 0;
        long readNanos = 0;
        long writeNanos = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        while (true) {
            long readStart = System.nanoTime();
            List<ServiceHistory> page = subscriptions.productionHistories(month.atDay(1), month.atEndOfMonth(), null,
                    afterId, settings.pageSize());
            readNanos += System.nanoTime() - readStart;
            if (page.isEmpty()) {
                break;
            }
            List<ChargeLine> batch = new ArrayList<>(page.size() * 2);
            for (ServiceHistory service : page) {
                List<ChargeLine> charged = metering.charge(service);
                if (!charged.isEmpty()) {
                    instances++;
                }
                batch.addAll(charged);
            }
            if (metering.unitsWithoutBearer().isEmpty()) {
                long writeStart = System.nanoTime();
                store.insert(batch);
                writeNanos += System.nanoTime() - writeStart;
            }
            for (ChargeLine line : batch) {
                total = total.add(line.amount());
            }
            lines += batch.size();
            afterId = page.get(page.size() - 1).id();
        }
        if (!metering.unitsWithoutBearer().isEmpty()) {
            throw BusinessRuleException.invalid("billing.error.unitsWithoutFunding", metering.unitsWithoutBearerText());
        }
        int withdrawn = store.withdrawStaleReviews(key);
        run.finish(locks.now(), instances, lines, total, withdrawn);
        audit.record("billing.run", AUDIT_TYPE, key, "lines=" + before.lines() + ", total=" + before.total().toPlainString(),
                run.describe());
        log.info("Billing run {} of {}: {} instances, {} lines, total {} (reading {} ms, writing {} ms)", run.getId(), key,
                instances, lines, total, readNanos / 1_000_000, writeNanos / 1_000_000);
        return run.toView();
    }

    /** The month's metering context: settings, the price-list versions of the month, the units, the joint rules. */
    MeteringRun metering(YearMonth month, Long runId) {
        return new MeteringRun(month, runId, new MeteringRules(settings.partialMonth(), settings.billSuspended()),
                PriceTables.strict(catalog.priceTables(month.atDay(1), month.atEndOfMonth())),
                new UnitDirectory(organization.units()), new JointRuleBook(jointRules.findAll(), month));
    }

    /** Freezes a period that has been run and has no unresolved dispute. */
    @Transactional
    public PeriodView close(Actor actor, String periodText) {
        BillingAccess.requireFinance(actor);
        YearMonth month = PeriodText.parse(periodText);
        BillingPeriod period = locks.lockExisting(month);
        period.requireOpen();
        String key = period.getPeriod();
        if (!runs.existsByPeriod(key)) {
            throw BusinessRuleException.conflict("billing.error.periodNeverRun", key);
        }
        int disputes = store.countReviews(key, ReviewStatus.DISPUTED);
        if (disputes > 0) {
            throw BusinessRuleException.conflict("billing.error.unresolvedDisputes", key, disputes);
        }
        String before = period.describe();
        period.close(actor.username(), locks.now());
        seals.seal(key);
        var totals = store.totals(key);
        audit.record("billing.close", AUDIT_TYPE, key, before,
                period.describe() + ", lines=" + totals.lines() + ", total=" + totals.total().toPlainString());
        events.publishEvent(new PeriodClosed(key, totals.lines(), totals.total()));
        return view(period);
    }

    @Transactional(readOnly = true)
    public List<PeriodView> periods(Actor actor) {
        BillingAccess.requireStatementReader(actor);
        return periods.findAllByOrderByPeriodDesc().stream().map(this::view).toList();
    }

    /** The periods and their status, for choosing one (everybody: units read their bill of a period). */
    @Transactional(readOnly = true)
    public List<PeriodChoice> choices() {
        return periods.findAllByOrderByPeriodDesc().stream()
                .map(period -> new PeriodChoice(period.getPeriod(), period.getStatus())).toList();
    }

    public record PeriodChoice(String period, PeriodStatus status) {
    }

    @Transactional(readOnly = true)
    public PeriodView period(Actor actor, String periodText) {
        BillingAccess.requireVendorStatementReader(actor);
        YearMonth month = PeriodText.parse(periodText);
        return periods.findByPeriod(PeriodText.format(month)).map(this::view)
                .orElseThrow(() -> BusinessRuleException.notFound("billing.error.periodNotFound", PeriodText.format(month)));
    }

    @Transactional(readOnly = true)
    public List<RunView> runs(Actor actor, String periodText) {
        BillingAccess.requireStatementReader(actor);
        return runs.findByPeriodOrderByIdDesc(PeriodText.format(PeriodText.parse(periodText))).stream()
                .map(BillingRun::toView).toList();
    }

    private PeriodView view(BillingPeriod period) {
        var totals = store.totals(period.getPeriod());
        RunView last = runs.findFirstByPeriodOrderByIdDesc(period.getPeriod()).map(BillingRun::toView).orElse(null);
        return new PeriodView(period.getPeriod(), period.getStatus(), period.getClosedAt(), period.getClosedBy(), last,
                totals.lines(), totals.total(), store.countReviews(period.getPeriod(), ReviewStatus.DISPUTED));
    }
}
