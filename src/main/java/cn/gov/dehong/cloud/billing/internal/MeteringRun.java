package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;

/**
 * Turns the instances of one month into charge lines: {@link MeteringRules} gives the segments, {@link
 * CostBearingRules} who bears each and how a jointly borne segment splits. Units whose bearer cannot be determined
 * are collected instead, so that a run can name all of them before it stops.
 */
final class MeteringRun {

    private final YearMonth month;
    private final String period;
    private final Long runId;
    private final MeteringRules metering;
    private final PriceTables prices;
    private final UnitDirectory units;
    private final CostBearingRules bearing;
    private final JointRuleBook joint;
    private final Set<String> unitsWithoutBearer = new LinkedHashSet<>();

    MeteringRun(YearMonth month, Long runId, MeteringRules metering, PriceTables prices, UnitDirectory units,
                JointRuleBook joint) {
        this.month = month;
        this.period = PeriodText.format(month);
        this.runId = runId;
        this.metering = metering;
        this.prices = prices;
        this.units = units;
        this.bearing = new CostBearingRules(units.prefectureId());
        this.joint = joint;
    }

    /** The lines of one instance in this month; none (and the unit noted) when its bearer is unknown. */
    List<ChargeLine> charge(ServiceHistory service) {
        UnitView unit = units.get(service.unitId());
        Optional<List<BearerShare>> shares = unit == null ? Optional.empty()
                : bearing.sharesOf(unit, joint.termsFor(service.id(), service.unitId()));
        if (shares.isEmpty()) {
            unitsWithoutBearer.add(unit == null ? service.unitName() + " (#" + service.unitId() + ")" : unit.name());
            return List.of();
        }
        List<ChargeLine> lines = new ArrayList<>();
        for (MeteredSegment segment : metering.meter(month, service, prices)) {
            List<BigDecimal> parts = CostBearingRules.split(segment.amount(), shares.get());
            for (int i = 0; i < parts.size(); i++) {
                BearerShare share = shares.get().get(i);
                lines.add(new ChargeLine(period, service.id(), segment.usedFrom() + "/" + share.bearer().name(),
                        LineKind.CHARGE, null, runId, service.code(), unit.id(), unit.name(), unit.countyId(),
                        service.productId(), service.productName(), describe(segment.spec()), segment.quantity(),
                        segment.priceList().label(), segment.monthlyFee(), segment.usedFrom(), segment.usedTo(),
                        segment.usedDays(), segment.billedDays(), segment.daysInMonth(), share.bearer(),
                        share.bearerUnitId(), units.nameOf(share.bearerUnitId()), share.percent(), parts.get(i), null));
            }
        }
        return lines;
    }

    Set<String> unitsWithoutBearer() {
        return unitsWithoutBearer;
    }

    String unitsWithoutBearerText() {
        return String.join("、", unitsWithoutBearer);
    }

    /** "vCPU 4 · MEMORY_GB 8 · DISK_GB 100": the parameters as the catalog names them, language-neutral. */
    static String describe(SpecValues spec) {
        if (spec.values().isEmpty()) {
            return "";
        }
        return Arrays.stream(SpecParameter.values()).filter(spec.values()::containsKey)
                .map(parameter -> parameter.name() + " " + spec.get(parameter))
                .collect(Collectors.joining(" · "));
    }
}
