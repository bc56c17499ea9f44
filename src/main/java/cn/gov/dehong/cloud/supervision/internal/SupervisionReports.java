package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.billing.BillingFigures;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.operations.OperationsFigures;
import cn.gov.dehong.cloud.operations.OperationsFigures.InstanceDays;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.security.SecurityFigures;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceSummary;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.supervision.AdoptionContribution;
import cn.gov.dehong.cloud.supervision.TrainingCoverage;
import cn.gov.dehong.cloud.supervision.internal.SupervisionReport.Candidate;
import cn.gov.dehong.cloud.supervision.internal.SupervisionReport.PendingSystem;
import cn.gov.dehong.cloud.supervision.internal.SupervisionReport.UnitFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the supervision report (Art. 30) from the other modules' read APIs, within the caller's data scope: a
 * unit sees its own figures, an aggregator or county government its subtree, the DEC, finance, auditors and
 * administrators every unit. The vendor, whose service is what is supervised, sees none.
 */
@Service
@Transactional(readOnly = true)
class SupervisionReports {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SupervisionReports.class);

    static final int MAX_MONTHS = 36;
    static final long PREFECTURE_LEVEL = 0L;

    private final OrganizationDirectory organization;
    private final SecurityFigures security;
    private final OperationsFigures operations;
    private final BillingFigures billing;
    private final SubscriptionManagement subscriptions;
    private final RecommendationRepository recommendations;
    private final List<AdoptionContribution> contributions;
    private final List<TrainingCoverage> training;
    private final SupervisionSettings settings;
    private final EfficiencyStore efficiency;
    private final Clock clock;

    SupervisionReports(OrganizationDirectory organization, SecurityFigures security, OperationsFigures operations,
                       BillingFigures billing, SubscriptionManagement subscriptions,
                       RecommendationRepository recommendations, List<AdoptionContribution> contributions,
                       List<TrainingCoverage> training, SupervisionSettings settings, EfficiencyStore efficiency,
                       Clock clock) {
        this.organization = organization;
        this.security = security;
        this.operations = operations;
        this.billing = billing;
        this.subscriptions = subscriptions;
        this.recommendations = recommendations;
        this.contributions = contributions;
        this.training = training;
        this.settings = settings;
        this.efficiency = efficiency;
        this.clock = clock;
    }

    /** [from, to] in whole months; the previous month when nothing is given. */
    record Period(YearMonth from, YearMonth to) {

        LocalDate firstDay() {
            return from.atDay(1);
        }

        LocalDate lastDay() {
            return to.atEndOfMonth();
        }

        Instant start() {
            return firstDay().atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        }

        Instant end() {
            return lastDay().plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        }

        List<YearMonth> months() {
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }
    }

    Period period(String from, String to) {
        YearMonth current = YearMonth.from(today());
        YearMonth f;
        YearMonth t;
        try {
            t = to == null || to.isBlank() ? (from == null || from.isBlank() ? current.minusMonths(1)
                    : YearMonth.parse(from.strip())) : YearMonth.parse(to.strip());
            f = from == null || from.isBlank() ? t : YearMonth.parse(from.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessRuleException.invalid("supervision.period.error.format");
        }
        if (f.isAfter(t)) {
            throw BusinessRuleException.invalid("supervision.period.error.order");
        }
        if (f.plusMonths(MAX_MONTHS).isBefore(t.plusMonths(1))) {
            throw BusinessRuleException.invalid("supervision.period.error.tooLong", MAX_MONTHS);
        }
        return new Period(f, t);
    }

    /** The units a caller may read, or null for every unit; the vendor reads none (403). */
    Set<Long> readableUnits(Actor actor) {
        if (actor.has(Role.VENDOR_OPERATOR) && !SupervisionAccess.isDec(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        DataScope scope = organization.scopeOf(actor);
        return scope.all() ? null : scope.unitIds();
    }

    /** The selection: one unit, one county's units, or everything the caller reads. */
    Set<Long> selection(Actor actor, Long countyId, Long unitId) {
        Set<Long> readable = readableUnits(actor);
        if (unitId != null) {
            organization.requireVisible(actor, unitId);
            return Set.of(unitId);
        }
        if (countyId != null) {
            // 0: the prefecture-level units (no county)
            Set<Long> county = organization.units().stream()
                    .filter(u -> countyId == PREFECTURE_LEVEL ? u.countyId() == null && u.kind() == UnitKind.AGENCY
                            : countyId.equals(u.countyId()) || countyId.equals(u.id()))
                    .map(UnitView::id).collect(Collectors.toCollection(LinkedHashSet::new));
            if (readable != null) {
                county.retainAll(readable);
            }
            return county;
        }
        return readable;
    }

    SupervisionReport report(Actor actor, Period period, Long countyId, Long unitId) {
        Set<Long> unitIds = selection(actor, countyId, unitId);
        String scopeName = unitId != null ? organization.unit(unitId).name()
                : countyId != null && countyId != PREFECTURE_LEVEL ? organization.unit(countyId).name() : null;
        return compute(period, unitIds, countyId, unitId, scopeName);
    }

    /** The report of {@code unitIds} (null: every unit), without any caller check: for the ranking and bulletins. */
    SupervisionReport compute(Period period, Set<Long> unitIds, Long countyId, Long unitId, String scopeName) {
        org.springframework.util.StopWatch watch = new org.springframework.util.StopWatch("supervision report");
        watch.start("units");
        Map<Long, UnitView> allUnits = organization.units().stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        LocalDate today = today();
        Instant end = period.end();

        watch.stop();
        watch.start("adoption");
        Map<Long, long[]> adoption = new HashMap<>();
        List<PendingSystem> pending = new ArrayList<>();
        // the inventory as of the period's end (Art. 30): registered by then, on the cloud by then
        for (SecurityFigures.SystemSummary s : security.systems(unitIds, period.lastDay())) {
            long[] a = adoption.computeIfAbsent(s.unitId(), id -> new long[2]);
            a[0]++;
            if (s.onCloud()) {
                a[1]++;
            } else if (s.onCloudSince() == null) { // moved to the cloud after the period: no longer pending
                boolean missing = s.plannedMigrationOn() == null && s.endOfLifeOn() == null;
                boolean overdue = (s.plannedMigrationOn() != null && s.plannedMigrationOn().isBefore(today))
                        || (s.endOfLifeOn() != null && s.endOfLifeOn().isBefore(today));
                pending.add(new PendingSystem(s.id(), s.unitId(), s.unitName(), s.name(), s.plannedMigrationOn(),
                        s.endOfLifeOn(), missing, overdue));
            }
        }
        for (AdoptionContribution contribution : contributions) {
            contribution.counts(unitIds, period.lastDay()).forEach((id, count) -> {
                long[] a = adoption.computeIfAbsent(id, key -> new long[2]);
                a[0] += count.systems();
                a[1] += count.onCloud();
            });
        }
        pending.sort(Comparator.comparing(PendingSystem::unitName).thenComparing(PendingSystem::name));

        watch.stop();
        watch.start("efficiency counts");
        EfficiencyStore.Measurement measurement = efficiency.measure(period.from(), period.to(), unitIds,
                settings.minDays());
        watch.stop();
        watch.start("candidates");
        List<Candidate> candidates = candidates(period, measurement.counts());
        watch.stop();
        watch.start("security, incidents, training");
        Map<Long, Long> measured = measurement.measuredByUnit();

        Map<Long, long[]> findings = new HashMap<>();
        for (SecurityFigures.FindingSummary f : security.findings(unitIds, period.start(), end, today)) {
            long[] c = findings.computeIfAbsent(f.unitId(), id -> new long[3]);
            if (f.open()) {
                c[0]++;
                if (f.overdue()) {
                    c[1]++;
                }
                if (f.suspendedInstances() > 0) {
                    c[2]++;
                }
            }
        }
        Map<Long, Long> incidents = operations.incidentsByUnit(period.firstDay(), period.lastDay(), unitIds).stream()
                .collect(Collectors.toMap(OperationsFigures.UnitCount::unitId, OperationsFigures.UnitCount::count));
        Map<Long, BigDecimal> coverage = new HashMap<>();
        for (TrainingCoverage source : training) {
            coverage.putAll(source.coverage(unitIds, period.firstDay(), period.lastDay()));
        }

        watch.stop();
        watch.start("figures");
        Set<Long> shown = new LinkedHashSet<>();
        for (UnitView u : allUnits.values()) {
            if (u.kind() == UnitKind.AGENCY && (unitIds == null || unitIds.contains(u.id()))) {
                shown.add(u.id());
            }
        }
        if (unitId != null) {
            shown.add(unitId);
        }
        shown.addAll(adoption.keySet());
        shown.addAll(findings.keySet());
        candidates.forEach(c -> shown.add(c.unitId()));

        Map<Long, List<Candidate>> candidatesByUnit = candidates.stream()
                .collect(Collectors.groupingBy(Candidate::unitId));
        List<UnitFigures> units = new ArrayList<>();
        for (Long id : shown) {
            UnitView u = allUnits.get(id);
            if (u == null) {
                continue;
            }
            long[] a = adoption.getOrDefault(id, new long[2]);
            long[] f = findings.getOrDefault(id, new long[3]);
            List<Candidate> own = candidatesByUnit.getOrDefault(id, List.of());
            BigDecimal fee = own.stream().map(Candidate::monthlyFee).reduce(BigDecimal.ZERO, BigDecimal::add);
            Long county = u.countyId();
            units.add(new UnitFigures(id, u.name(), county == null ? PREFECTURE_LEVEL : county,
                    county == null ? null : allUnits.containsKey(county) ? allUnits.get(county).name() : null,
                    a[0], a[1], SupervisionRules.adoptionRatio(a[1], a[0]), measured.getOrDefault(id, 0L),
                    own.stream().filter(c -> c.efficiency() == SupervisionRules.Efficiency.IDLE).count(),
                    own.stream().filter(c -> c.efficiency() == SupervisionRules.Efficiency.OVER_PROVISIONED).count(),
                    fee.setScale(2), incidents.getOrDefault(id, 0L), f[0], f[1], f[2],
                    training.isEmpty() ? null : coverage.get(id)));
        }
        units.sort(Comparator.comparing((UnitFigures u) -> u.countyId()).thenComparing(UnitFigures::name));

        Map<Long, List<UnitFigures>> byCounty = units.stream()
                .collect(Collectors.groupingBy(UnitFigures::countyId, LinkedHashMap::new, Collectors.toList()));
        List<UnitFigures> counties = new ArrayList<>();
        byCounty.forEach((county, members) -> counties.add(sum(county,
                county == PREFECTURE_LEVEL ? null : allUnits.get(county).name(), members)));
        UnitFigures total = sum(null, scopeName, units);
        // the figures of the period itself: an inventory without measurements, incidents or findings is still empty
        watch.stop();
        if (log.isDebugEnabled()) {
            log.debug("{}", watch.prettyPrint());
        }
        boolean empty = total.measuredInstances() == 0 && total.openFindings() == 0 && total.incidents() == 0
                && candidates.isEmpty();
        return new SupervisionReport(period.from(), period.to(), countyId, unitId, scopeName, units, total, counties,
                pending, candidates, !training.isEmpty(), empty);
    }

    /** Idle and over-provisioned instances of the period that still run, with the fee billing charged last. */
    List<Candidate> candidates(Period period, Set<Long> unitIds) {
        return candidates(period, efficiency.measure(period.from(), period.to(), unitIds, settings.minDays()).counts());
    }

    private List<Candidate> candidates(Period period, Map<Long, EfficiencyStore.Counts> counts) {
        Map<Long, SupervisionRules.Efficiency> found = classify(counts);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> fees = billing.latestMonthlyCharge(found.keySet(), period.to());
        // the recommendations awaiting an answer are few (the DEC sends them one by one): read them, not 1,000-id lists
        Map<Long, Long> open = new HashMap<>();
        for (Recommendation.OpenView r : recommendations.findByStatusOrderById(Recommendation.Status.SENT)) {
            if (found.containsKey(r.getInstanceId())) {
                open.putIfAbsent(r.getInstanceId(), r.getId());
            }
        }
        Map<Long, ServiceInstanceSummary> instances = new HashMap<>();
        subscriptions.summaries(found.keySet()).forEach(i -> instances.put(i.id(), i));
        List<Candidate> result = new ArrayList<>();
        for (Map.Entry<Long, SupervisionRules.Efficiency> e : found.entrySet()) {
            ServiceInstanceSummary instance = instances.get(e.getKey());
            if (instance == null || instance.status() == ServiceInstanceStatus.TERMINATED) {
                continue;
            }
            EfficiencyStore.Counts c = counts.get(e.getKey());
            InstanceDays days = e.getValue() == SupervisionRules.Efficiency.IDLE ? c.idle() : c.over();
            int below = e.getValue() == SupervisionRules.Efficiency.IDLE
                    ? Math.min(days.cpuBelow(), days.memoryBelow())
                    : Math.max(days.cpuBelow(), Math.max(days.memoryBelow(), days.diskBelow()));
            BigDecimal fee = fees.get(e.getKey());
            boolean fromBilling = fee != null;
            if (fee == null) {
                fee = instance.monthlyFeeEstimate() == null ? BigDecimal.ZERO : instance.monthlyFeeEstimate();
            }
            result.add(new Candidate(instance.id(), instance.code(), instance.unitId(), instance.unitName(),
                    instance.productName(), e.getValue(), Math.max(days.cpuDays(), days.memoryDays()), below,
                    days.cpuP95(), days.memoryP95(), days.diskP95(), fee.setScale(2), fromBilling,
                    open.get(instance.id())));
        }
        result.sort(Comparator.comparing(Candidate::monthlyFee).reversed().thenComparing(Candidate::instanceId));
        return result;
    }

    private Map<Long, SupervisionRules.Efficiency> classify(Map<Long, EfficiencyStore.Counts> counts) {
        Map<Long, SupervisionRules.Efficiency> found = new LinkedHashMap<>();
        counts.forEach((id, c) -> {
            SupervisionRules.Efficiency e = SupervisionRules.classify(c.idle(), c.over(), settings.minDays());
            if (e != null) {
                found.put(id, e);
            }
        });
        return found;
    }

    /**
     * The candidates' fee per month: idle spend trend; the classification is made per month. Per month: idle fee,
     * over-provisioned fee, idle count, over-provisioned count.
     */
    Map<YearMonth, BigDecimal[]> idleSpendByMonth(Period period, Set<Long> unitIds) {
        Map<YearMonth, BigDecimal[]> trend = new LinkedHashMap<>();
        for (YearMonth month : period.months()) {
            Map<Long, SupervisionRules.Efficiency> found = classify(efficiency.measure(month, month, unitIds, settings.minDays()).counts());
            BigDecimal idleFee = BigDecimal.ZERO.setScale(2);
            BigDecimal overFee = BigDecimal.ZERO.setScale(2);
            if (!found.isEmpty()) {
                Map<Long, Map<YearMonth, BigDecimal>> charges = billing.instanceCharges(found.keySet(), month, month);
                for (Map.Entry<Long, SupervisionRules.Efficiency> e : found.entrySet()) {
                    BigDecimal fee = charges.getOrDefault(e.getKey(), Map.of()).getOrDefault(month, BigDecimal.ZERO);
                    if (e.getValue() == SupervisionRules.Efficiency.IDLE) {
                        idleFee = idleFee.add(fee);
                    } else {
                        overFee = overFee.add(fee);
                    }
                }
            }
            long idleCount = found.values().stream().filter(e -> e == SupervisionRules.Efficiency.IDLE).count();
            trend.put(month, new BigDecimal[] {idleFee, overFee, BigDecimal.valueOf(idleCount),
                    BigDecimal.valueOf(found.size() - idleCount)});
        }
        return trend;
    }

    private static UnitFigures sum(Long id, String name, List<UnitFigures> members) {
        long systems = 0, onCloud = 0, measured = 0, idle = 0, over = 0, incidents = 0, open = 0, overdue = 0,
                suspensions = 0;
        BigDecimal fee = BigDecimal.ZERO.setScale(2);
        BigDecimal coverage = null;
        int covered = 0;
        for (UnitFigures u : members) {
            systems += u.systems();
            onCloud += u.onCloud();
            measured += u.measuredInstances();
            idle += u.idle();
            over += u.overProvisioned();
            fee = fee.add(u.feeAtStake());
            incidents += u.incidents();
            open += u.openFindings();
            overdue += u.overdueRectifications();
            suspensions += u.suspensions();
            if (u.trainingCoverage() != null) {
                coverage = coverage == null ? u.trainingCoverage() : coverage.add(u.trainingCoverage());
                covered++;
            }
        }
        if (coverage != null) {
            coverage = coverage.divide(BigDecimal.valueOf(covered), 4, java.math.RoundingMode.HALF_UP);
        }
        return new UnitFigures(id, name, id, name, systems, onCloud, SupervisionRules.adoptionRatio(onCloud, systems),
                measured, idle, over, fee, incidents, open, overdue, suspensions, coverage);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
    }
}
