package cn.gov.dehong.cloud.operations.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.operations.TicketStatus;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly usage report (Art. 13): for one calendar month (Asia/Shanghai) and the caller's data scope, the
 * services in production per unit and platform zone, the incidents and their durations, the tickets reported (by
 * status, SLA met) and the availability per service type.
 * <p>
 * Availability of a service type (a catalog product) = 1 − downtime / service time, both in instance-seconds:
 * the service time of an instance is the part of the period it was in production (from its billing start to the end
 * of its last day of use); its downtime is the union of the incidents mapped to it (label {@code instance_id}),
 * clipped to that production time. Incidents still open count up to the end of the period, or up to now for the
 * running month. Zone-wide and unmapped incidents are listed but not charged to any instance's availability.
 */
@Service
@Transactional(readOnly = true)
class UsageReportService {

    private static final int PAGE = 500;

    private final SubscriptionManagement subscriptions;
    private final CatalogManagement catalog;
    private final OrganizationDirectory organization;
    private final IncidentRepository incidents;
    private final IncidentUnitRepository affected;
    private final TicketRepository tickets;
    private final Clock clock;

    UsageReportService(SubscriptionManagement subscriptions, CatalogManagement catalog,
                       OrganizationDirectory organization, IncidentRepository incidents,
                       IncidentUnitRepository affected, TicketRepository tickets, Clock clock) {
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.organization = organization;
        this.incidents = incidents;
        this.affected = affected;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The report; {@code unitScoped} tells whether the caller sees only their own unit (or subtree). */
    record UsageReport(YearMonth month, Instant periodStart, Instant periodEnd, boolean unitScoped, String scopeName,
                       List<UnitServices> units, ZoneTotals zones, List<IncidentRow> incidents, TicketSummary tickets,
                       List<Availability> availability, Instant generatedAt) {

        /** Nothing ran, nothing failed, nothing was reported: the page and PDF explain instead of showing tables. */
        @com.fasterxml.jackson.annotation.JsonProperty("empty")
        public boolean empty() {
            return units.isEmpty() && incidents.isEmpty() && tickets.total() == 0;
        }
    }

    record UnitServices(Long unitId, String unitName, int privateZone, int publicZone, int total) {
    }

    record ZoneTotals(int privateZone, int publicZone, int total) {
    }

    /** {@code minutesInPeriod}: the part of the incident inside the period (open incidents up to its end or now). */
    record IncidentRow(Long id, String alertName, String severity, String mapping, Instant startsAt, Instant endsAt,
                       boolean open, Long durationMinutes, long minutesInPeriod, List<String> units) {
    }

    record TicketSummary(int total, Map<TicketStatus, Integer> byStatus, int responseMeasured, int responseMet,
                         int resolutionMeasured, int resolutionMet) {
    }

    /** {@code availabilityPercent}: 3 decimals, half-up; null when no instance of the type ran in the period. */
    record Availability(Long productId, String productName, String category, int instances, long serviceMinutes,
                        long downtimeMinutes, BigDecimal availabilityPercent) {
    }

    UsageReport report(Actor actor, YearMonth month) {
        if (month == null) {
            throw BusinessRuleException.invalid("operations.report.error.monthRequired");
        }
        Instant now = clock.instant();
        Instant from = month.atDay(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        if (!from.isBefore(now)) {
            throw BusinessRuleException.invalid("operations.report.error.futureMonth", month.toString());
        }
        Instant end = to.isAfter(now) ? now : to;
        DataScope scope = organization.scopeOf(actor);
        Window period = new Window(from, end);

        // services in production during the period, with their production window inside it
        Set<Long> publicIds = publicInstanceIds(scope);
        Map<Long, Window> production = new HashMap<>();
        Map<Long, ServiceHistory> histories = new LinkedHashMap<>();
        long afterId = 0;
        List<ServiceHistory> chunk;
        do {
            chunk = subscriptions.productionHistories(month.atDay(1), month.atEndOfMonth(),
                    scope.all() ? null : scope.unitIds(), afterId, PAGE);
            for (ServiceHistory history : chunk) {
                afterId = history.id();
                Window window = period.clip(productionWindow(history));
                if (window != null) {
                    production.put(history.id(), window);
                    histories.put(history.id(), history);
                }
            }
        } while (chunk.size() == PAGE);

        List<UnitServices> units = unitServices(histories.values(), publicIds);
        ZoneTotals zones = new ZoneTotals(units.stream().mapToInt(UnitServices::privateZone).sum(),
                units.stream().mapToInt(UnitServices::publicZone).sum(), units.stream().mapToInt(UnitServices::total).sum());

        // incidents overlapping the period
        List<Incident> overlapping = incidents.findOverlapping(from, end);
        Map<Long, List<IncidentUnit>> unitsOf = overlapping.isEmpty() ? Map.of()
                : affected.findByIncidentIdIn(overlapping.stream().map(Incident::getId).toList()).stream()
                .collect(Collectors.groupingBy(IncidentUnit::getIncidentId));
        List<IncidentRow> incidentRows = new ArrayList<>();
        Map<Long, List<Window>> downByInstance = new HashMap<>();
        for (Incident incident : overlapping) {
            List<IncidentUnit> hit = unitsOf.getOrDefault(incident.getId(), List.of());
            Window down = period.clip(new Window(incident.getStartsAt(), incident.getEndsAt() == null ? end
                    : incident.getEndsAt()));
            for (IncidentUnit unit : hit) {
                if (unit.getInstanceId() != null && production.containsKey(unit.getInstanceId()) && down != null) {
                    Window charged = production.get(unit.getInstanceId()).clip(down);
                    if (charged != null) {
                        downByInstance.computeIfAbsent(unit.getInstanceId(), k -> new ArrayList<>()).add(charged);
                    }
                }
            }
            if (scope.all() || hit.stream().anyMatch(u -> scope.includes(u.getUnitId()))) {
                incidentRows.add(new IncidentRow(incident.getId(), incident.getAlertName(), incident.getSeverity(),
                        incident.getMapping(), incident.getStartsAt(), incident.getEndsAt(), incident.isOpen(),
                        incident.duration() == null ? null : incident.duration().toMinutes(),
                        down == null ? 0 : down.seconds() / 60,
                        hit.stream().filter(u -> scope.all() || scope.includes(u.getUnitId()))
                                .map(IncidentUnit::getUnitName).distinct().toList()));
            }
        }

        return new UsageReport(month, from, end, !scope.all(), scope.all() ? null : actor.unitName(), units, zones,
                incidentRows, ticketSummary(scope, from, to, now),
                availability(histories.values(), production, downByInstance), now);
    }

    private Set<Long> publicInstanceIds(DataScope scope) {
        Set<Long> ids = new HashSet<>();
        int page = 0;
        Page<ServiceInstanceView> found;
        do {
            found = subscriptions.search(scope, new ServiceInstanceQuery(null, null, PlatformZone.PUBLIC, null),
                    PageRequest.of(page++, PAGE));
            found.forEach(instance -> ids.add(instance.id()));
        } while (found.hasNext());
        return ids;
    }

    private static Window productionWindow(ServiceHistory history) {
        Instant start = history.billingStart().atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        LocalDate lastDay = history.endDate();
        Instant stop = lastDay == null ? Instant.MAX : lastDay.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        return new Window(start, stop);
    }

    private static List<UnitServices> unitServices(Collection<ServiceHistory> histories, Set<Long> publicIds) {
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ServiceHistory history : histories) {
            int[] c = counts.computeIfAbsent(history.unitId(), k -> new int[2]);
            c[publicIds.contains(history.id()) ? 1 : 0]++;
            names.put(history.unitId(), history.unitName());
        }
        return counts.entrySet().stream()
                .map(e -> new UnitServices(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[0] + e.getValue()[1]))
                .sorted(Comparator.comparing(UnitServices::total).reversed().thenComparing(UnitServices::unitName))
                .toList();
    }

    private TicketSummary ticketSummary(DataScope scope, Instant from, Instant to, Instant now) {
        Map<TicketStatus, Integer> byStatus = new EnumMap<>(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            byStatus.put(status, 0);
        }
        int total = 0;
        int responseMeasured = 0;
        int responseMet = 0;
        int resolutionMeasured = 0;
        int resolutionMet = 0;
        for (Ticket ticket : tickets.findByReportedAtGreaterThanEqualAndReportedAtLessThan(from, to)) {
            if (!scope.includes(ticket.getUnitId())) {
                continue;
            }
            TicketView view = ticket.toView(now);
            total++;
            byStatus.merge(view.status(), 1, Integer::sum);
            if (view.responseMet() != null) {
                responseMeasured++;
                responseMet += view.responseMet() ? 1 : 0;
            }
            if (view.resolutionMet() != null) {
                resolutionMeasured++;
                resolutionMet += view.resolutionMet() ? 1 : 0;
            }
        }
        return new TicketSummary(total, byStatus, responseMeasured, responseMet, resolutionMeasured, resolutionMet);
    }

    private List<Availability> availability(Collection<ServiceHistory> histories, Map<Long, Window> production,
                                            Map<Long, List<Window>> downByInstance) {
        Map<Long, String> categories = catalog.products().stream()
                .collect(Collectors.toMap(ProductView::id, ProductView::category, (a, b) -> a));
        Map<Long, long[]> seconds = new TreeMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ServiceHistory history : histories) {
            long[] s = seconds.computeIfAbsent(history.productId(), k -> new long[3]);
            s[0] += production.get(history.id()).seconds();
            s[1] += union(downByInstance.getOrDefault(history.id(), List.of()));
            s[2]++;
            names.put(history.productId(), history.productName());
        }
        List<Availability> rows = new ArrayList<>();
        seconds.forEach((productId, s) -> rows.add(new Availability(productId, names.get(productId),
                categories.get(productId), (int) s[2], s[0] / 60, s[1] / 60, percent(s[0], s[1]))));
        rows.sort(Comparator.comparing(Availability::availabilityPercent, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Availability::productName));
        return rows;
    }

    /** 100 × (1 − down / service), 3 decimals half-up. */
    static BigDecimal percent(long serviceSeconds, long downSeconds) {
        if (serviceSeconds <= 0) {
            return null;
        }
        return BigDecimal.valueOf(serviceSeconds - downSeconds).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(serviceSeconds), 3, RoundingMode.HALF_UP);
    }

    /** Seconds covered by the union of the windows (overlapping incidents on one instance count once). */
    static long union(List<Window> windows) {
        List<Window> sorted = windows.stream().sorted(Comparator.comparing(Window::start)).toList();
        long total = 0;
        Instant coveredTo = Instant.MIN;
        for (Window w : sorted) {
            Instant start = w.start().isAfter(coveredTo) ? w.start() : coveredTo;
            if (w.end().isAfter(start)) {
                total += w.end().getEpochSecond() - start.getEpochSecond();
                coveredTo = w.end();
            }
        }
        return total;
    }

    /** A half-open time window [start, end). */
    record Window(Instant start, Instant end) {

        /** The part of {@code other} inside this window; null when they do not overlap. */
        Window clip(Window other) {
            Instant s = other.start().isAfter(start) ? other.start() : start;
            Instant e = other.end().isBefore(end) ? other.end() : end;
            return e.isAfter(s) ? new Window(s, e) : null;
        }

        long seconds() {
            return end.getEpochSecond() - start.getEpochSecond();
        }
    }
}
