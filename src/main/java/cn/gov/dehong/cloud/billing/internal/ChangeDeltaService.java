package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.util.Set;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceEvents.ServiceChanged;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Art. 9(六) change deltas: recorded from subscription's {@code ServiceChanged}, shown to the unit and finance. */
@Service
public class ChangeDeltaService {

    private final ChangeDeltaRepository deltas;
    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final PeriodLocks locks;
    private final AuditLog audit;

    ChangeDeltaService(ChangeDeltaRepository deltas, SubscriptionManagement subscriptions,
                       OrganizationDirectory organization, PeriodLocks locks, AuditLog audit) {
        this.deltas = deltas;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.locks = locks;
        this.audit = audit;
    }

    /** Once per instance and effective day: a republished event changes nothing. */
    @Transactional
    void record(ServiceChanged event) {
        if (deltas.existsByInstanceIdAndEffectiveOn(event.instanceId(), event.effectiveOn())) {
            return;
        }
        BigDecimal oldFee = orZero(event.oldMonthlyFee());
        BigDecimal newFee = orZero(event.newMonthlyFee());
        ChangeDeltaRules.Delta delta = ChangeDeltaRules.of(event.effectiveOn(), oldFee, newFee);
        ChangeDelta saved = deltas.save(new ChangeDelta(event.instanceId(),
                subscriptions.instance(event.instanceId()).code(), event.unitId(),
                organization.unit(event.unitId()).name(), event.effectiveOn(), oldFee, newFee, delta, locks.now()));
        audit.record("billing.changeDelta", "ChangeDelta", saved.getId(), null, saved.describe());
    }

    public record DeltaTotals(BigDecimal freed, BigDecimal raised) {
    }

    /** Finance and the DEC see every unit; a unit user its own, an aggregator its subtree. */
    @Transactional(readOnly = true)
    public Page<ChangeDeltaView> search(Actor actor, Integer year, Long unitId, String direction, Pageable pageable) {
        return deltas.search(year, units(actor, unitId), direction, pageable).map(ChangeDelta::toView);
    }

    @Transactional(readOnly = true)
    public DeltaTotals totals(Actor actor, int year, Long unitId) {
        Set<Long> units = units(actor, unitId);
        if (units == null) {
            return new DeltaTotals(ChargeLineStore.scaled(deltas.total(year, ChangeDeltaRules.Direction.LOWER)),
                    ChargeLineStore.scaled(deltas.total(year, ChangeDeltaRules.Direction.RAISE)));
        }
        if (units.isEmpty()) {
            return new DeltaTotals(ChargeLineStore.scaled(null), ChargeLineStore.scaled(null));
        }
        return new DeltaTotals(ChargeLineStore.scaled(deltas.total(year, ChangeDeltaRules.Direction.LOWER, units)),
                ChargeLineStore.scaled(deltas.total(year, ChangeDeltaRules.Direction.RAISE, units)));
    }

    /** Null = every unit. A unit outside the caller's scope answers 404. */
    private Set<Long> units(Actor actor, Long unitId) {
        if (unitId != null) {
            organization.requireVisible(actor, unitId);
            return Set.of(unitId);
        }
        if (BillingAccess.readsAll(actor)) {
            return null;
        }
        DataScope scope = organization.scopeOf(actor);
        if (scope.all()) {
            // vendor, security departments, administrators: not theirs to read
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return scope.unitIds();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
