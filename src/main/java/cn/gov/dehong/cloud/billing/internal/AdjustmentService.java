package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of closed periods, never edits (Art. 10–12 settlement is final once closed): adjustment lines in a
 * later open period that name the closed one.
 * <ul>
 * <li>Recheck: meter the closed month again from today's data (e.g. a termination recorded late) and book the
 * difference per instance and component; repeating it replaces its own lines, so it is idempotent.</li>
 * <li>Manual: finance books an amount (either sign) against an instance, with a reason, e.g. after an upheld
 * dispute. Borne like the instance's charges of the corrected month.</li>
 * </ul>
 */
@Service
public class AdjustmentService {

    private static final int MAX_REASON = 500;

    private final BillingRuns runs;
    private final BillingPeriodRepository periods;
    private final JointBearingRuleRepository jointRules;
    private final ChargeLineStore store;
    private final PeriodLocks locks;
    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final AuditLog audit;
    private final BillingSettings settings;

    AdjustmentService(BillingRuns runs, BillingPeriodRepository periods, JointBearingRuleRepository jointRules,
                      ChargeLineStore store, PeriodLocks locks, SubscriptionManagement subscriptions,
                      OrganizationDirectory organization, AuditLog audit, BillingSettings settings) {
        this.runs = runs;
        this.periods = periods;
        this.jointRules = jointRules;
        this.store = store;
        this.locks = locks;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.audit = audit;
        this.settings = settings;
    }

    public record RecheckResult(String period, String adjustsPeriod, int lineCount, BigDecimal total) {
    }

    @Transactional
    public RecheckResult recheck(Actor actor, String targetText, String closedText) {
        BillingAccess.requireFinance(actor);
        YearMonth closedMonth = PeriodText.parse(closedText);
        BillingPeriod target = openTarget(targetText, closedMonth);
        String closed = PeriodText.format(closedMonth);
        String key = target.getPeriod();
        store.deleteAdjustments(key, closed, Adjustments.recheckPrefix(closed));

        MeteringRun metering = runs.metering(closedMonth, null);
        Set<Long> seen = new HashSet<>();
        List<ChargeLine> adjustments = new ArrayList<>();
        long afterId = 0;
        while (true) {
            List<ServiceHistory> page = subscriptions.productionHistories(closedMonth.atDay(1),
                    closedMonth.atEndOfMonth(), null, afterId, settings.pageSize());
            if (page.isEmpty()) {
                break;
            }
            Map<String, ChargeLine> fresh = new HashMap<>();
            for (ServiceHistory service : page) {
                seen.add(service.id());
                metering.charge(service).forEach(line -> fresh.put(line.instanceId() + "|" + line.component(), line));
            }
            adjustments.addAll(differences(key, closed, fresh,
                    store.effectiveLines(closed, key, page.stream().map(ServiceHistory::id).toList())));
            afterId = page.get(page.size() - 1).id();
        }
        if (!metering.unitsWithoutBearer().isEmpty()) {
            throw BusinessRuleException.invalid("billing.error.unitsWithoutFunding", metering.unitsWithoutBearerText());
        }
        // instances charged then but no longer in production that month: their charges are reversed
        afterId = 0;
        while (true) {
            List<Long> charged = store.instancesCharged(closed, afterId, settings.pageSize());
            if (charged.isEmpty()) {
                break;
            }
            List<Long> gone = charged.stream().filter(id -> !seen.contains(id)).toList();
            adjustments.addAll(differences(key, closed, Map.of(), store.effectiveLines(closed, key, gone)));
            afterId = charged.get(charged.size() - 1);
        }
        store.insert(adjustments);
        BigDecimal total = adjustments.stream().map(ChargeLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        audit.record("billing.recheck", BillingRuns.AUDIT_TYPE, key, null,
                "adjusts=" + closed + ", lines=" + adjustments.size() + ", total=" + total.toPlainString());
        return new RecheckResult(key, closed, adjustments.size(), total);
    }

    /** Per key, fresh − effective when not zero, as an adjustment line describing the fresh (or else the old) line. */
    private static List<ChargeLine> differences(String period, String closed, Map<String, ChargeLine> fresh,
                                                Map<String, ChargeLineView> effective) {
        List<ChargeLine> lines = new ArrayList<>();
        Set<String> keys = new HashSet<>(fresh.keySet());
        keys.addAll(effective.keySet());
        for (String key : keys.stream().sorted().toList()) {
            ChargeLine now = fresh.get(key);
            ChargeLineView then = effective.get(key);
            BigDecimal difference = (now == null ? BigDecimal.ZERO : now.amount())
                    .subtract(then == null ? BigDecimal.ZERO : then.amount());
            if (difference.signum() == 0) {
                continue;
            }
            String component = key.substring(key.indexOf('|') + 1);
            lines.add(now != null
                    ? new ChargeLine(period, now.instanceId(), Adjustments.recheckComponent(closed, component),
                    LineKind.ADJUSTMENT, closed, null, now.instanceCode(), now.unitId(), now.unitName(),
                    now.unitCountyId(), now.productId(), now.productName(), now.spec(), now.quantity(), now.priceList(),
                    now.monthlyFee(), now.usedFrom(), now.usedTo(), now.usedDays(), now.billedDays(), now.daysInMonth(),
                    now.bearer(), now.bearerUnitId(), now.bearerName(), now.sharePercent(), difference,
                    "recheck " + closed + ": " + (then == null ? "0.00" : then.amount().toPlainString()) + " → "
                            + now.amount().toPlainString())
                    : new ChargeLine(period, then.instanceId(), Adjustments.recheckComponent(closed, component),
                    LineKind.ADJUSTMENT, closed, null, then.instanceCode(), then.unitId(), then.unitName(), null,
                    then.productId(), then.productName(), then.spec(), then.quantity(), then.priceList(),
                    then.monthlyFee(), then.usedFrom(), then.usedTo(), 0, 0, then.daysInMonth(), then.bearer(),
                    then.bearerUnitId(), then.bearerName(), then.sharePercent(), difference,
                    "recheck " + closed + ": " + then.amount().toPlainString() + " → 0.00"));
        }
        return lines;
    }

    public record ManualAdjustment(Long instanceId, String adjustsPeriod, BigDecimal amount, String reason) {
    }

    @Transactional
    public List<ChargeLineView> adjust(Actor actor, String targetText, ManualAdjustment input) {
        BillingAccess.requireFinance(actor);
        YearMonth closedMonth = PeriodText.parse(input.adjustsPeriod());
        BigDecimal amount = Amounts.nonZero(input.amount());
        String reason = input.reason() == null ? "" : input.reason().trim();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw BusinessRuleException.invalid("billing.error.reasonRequired", MAX_REASON);
        }
        if (input.instanceId() == null) {
            throw BusinessRuleException.invalid("billing.error.instanceRequired");
        }
        BillingPeriod target = openTarget(targetText, closedMonth);
        ServiceInstanceView instance = subscriptions.instance(input.instanceId());
        UnitDirectory units = new UnitDirectory(organization.units());
        UnitView unit = units.get(instance.unitId());
        JointRuleBook joint = new JointRuleBook(jointRules.findAll(), closedMonth);
        var shares = unit == null ? Optional.<List<BearerShare>>empty()
                : new CostBearingRules(units.prefectureId()).sharesOf(unit, joint.termsFor(instance.id(), unit.id()));
        if (shares.isEmpty()) {
            throw BusinessRuleException.invalid("billing.error.unitsWithoutFunding", instance.unitName());
        }
        String closed = PeriodText.format(closedMonth);
        int sequence = store.countManual(target.getPeriod(), instance.id()) + 1;
        List<BigDecimal> parts = CostBearingRules.split(amount, shares.get());
        List<ChargeLine> lines = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            BearerShare share = shares.get().get(i);
            lines.add(new ChargeLine(target.getPeriod(), instance.id(),
                    Adjustments.manualComponent(closed, sequence, share.bearer()), LineKind.ADJUSTMENT, closed, null,
                    instance.code(), unit.id(), unit.name(), unit.countyId(), instance.productId(),
                    instance.productName(), MeteringRun.describe(instance.spec()), instance.quantity(), null, null,
                    null, null, null, null, null, share.bearer(), share.bearerUnitId(),
                    units.nameOf(share.bearerUnitId()), share.percent(), parts.get(i), reason));
        }
        store.insert(lines);
        audit.record("billing.adjust", BillingRuns.AUDIT_TYPE, target.getPeriod(), null, "instance=" + instance.code()
                + ", adjusts=" + closed + ", amount=" + amount.toPlainString() + ", reason=" + reason);
        return store.lines(target.getPeriod(), instance.id(), Adjustments.MANUAL + closed + ":" + sequence + "/");
    }

    /** The period an adjustment goes to: open, after the corrected (closed) one, not in the future. */
    private BillingPeriod openTarget(String targetText, YearMonth closedMonth) {
        YearMonth targetMonth = PeriodText.parse(targetText);
        BillingPeriod closed = periods.findByPeriod(PeriodText.format(closedMonth))
                .orElseThrow(() -> BusinessRuleException.notFound("billing.error.periodNotFound",
                        PeriodText.format(closedMonth)));
        if (!closed.isClosed()) {
            throw BusinessRuleException.conflict("billing.error.adjustOpenPeriod", closed.getPeriod());
        }
        if (!targetMonth.isAfter(closedMonth)) {
            throw BusinessRuleException.invalid("billing.error.adjustmentTarget", PeriodText.format(targetMonth),
                    closed.getPeriod());
        }
        locks.requireNotFuture(targetMonth);
        BillingPeriod target = locks.lockOrCreate(targetMonth);
        target.requireOpen();
        return target;
    }
}
