package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import cn.gov.dehong.cloud.catalog.CatalogManagement.PriceTable;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.SpecPeriod;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.StatusStep;

/**
 * What one instance costs in one month.
 * <ul>
 * <li>Art. 9(五): charged from the billing start (the day the test environment became production), never during
 * the test; Art. 9(七): up to and including the end date (the last day of use).</li>
 * <li>Art. 9(六): a spec revision counts from its effective date; Art. 10: each day is priced at the procured
 * price-list version in force that day. The month is cut at both, giving one segment per spec and version.</li>
 * <li>Art. 9(七) "按实际使用月", {@link PartialMonthRule#WHOLE_MONTH}: a month with any day of use counts whole. The
 * first segment is stretched back to the 1st and the last one to the month's end; a change date splits the month
 * between the old and the new spec by calendar days, so the parts add up to exactly one month.
 * {@link PartialMonthRule#BY_DAYS}: each segment is charged for its days of use / days in the month.</li>
 * <li>SUSPENDED days (Art. 25) are days of use unless {@code billSuspended} is false.</li>
 * <li>Rounding: each segment once, half-up to the fen, on {@code monthly fee × billed days / days in month}; the
 * monthly fee itself is the catalog's (rounded once per line, as quoted to the unit).</li>
 * </ul>
 */
final class MeteringRules {

    private final PartialMonthRule partialMonth;
    private final boolean billSuspended;

    MeteringRules(PartialMonthRule partialMonth, boolean billSuspended) {
        this.partialMonth = partialMonth;
        this.billSuspended = billSuspended;
    }

    /** The charged segments of {@code month}, oldest first; empty when the instance was not in production. */
    List<MeteredSegment> meter(YearMonth month, ServiceHistory service, PriceTables prices) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (service.billingStart() == null) {
            return List.of();
        }
        LocalDate useFrom = later(service.billingStart(), first);
        LocalDate useTo = service.endDate() == null ? last : earlier(service.endDate(), last);
        if (useFrom.isAfter(useTo)) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        for (LocalDate[] range : cut(useFrom, useTo, service, prices)) {
            LocalDate from = range[0];
            LocalDate to = range[1];
            int used = days(from, to) - (billSuspended ? 0 : suspendedDays(service.statuses(), from, to));
            if (used > 0) {
                SpecPeriod spec = specAt(service, from);
                PriceTable table = prices.inForce(from).orElseThrow(() -> BusinessRuleException.invalid(
                        "billing.error.noPrice", service.productName(), from.toString()));
                parts.add(new Part(from, to, used, spec, table));
            }
        }
        int daysInMonth = month.lengthOfMonth();
        List<MeteredSegment> segments = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            int billed = partialMonth == PartialMonthRule.BY_DAYS ? part.used
                    : days(i == 0 ? first : part.from, i == parts.size() - 1 ? last : parts.get(i + 1).from.minusDays(1));
            BigDecimal fee = part.table.monthlyFee(service.productId(), part.spec.spec(), part.spec.quantity());
            BigDecimal amount = fee.multiply(BigDecimal.valueOf(billed))
                    .divide(BigDecimal.valueOf(daysInMonth), 2, RoundingMode.HALF_UP);
            segments.add(new MeteredSegment(part.from, part.to, part.used, billed, daysInMonth, part.spec.spec(),
                    part.spec.quantity(), part.table.version(), fee, amount));
        }
        return segments;
    }

    /** [from, to] cut at every spec revision and price-list version that starts inside it. */
    private static List<LocalDate[]> cut(LocalDate from, LocalDate to, ServiceHistory service, PriceTables prices) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        service.specs().forEach(spec -> starts.add(spec.effectiveFrom()));
        starts.addAll(prices.starts());
        List<LocalDate[]> ranges = new ArrayList<>();
        LocalDate start = from;
        for (LocalDate cut : starts.subSet(from, false, to, true)) {
            ranges.add(new LocalDate[] {start, cut.minusDays(1)});
            start = cut;
        }
        ranges.add(new LocalDate[] {start, to});
        return ranges;
    }

    /** The revision in force on {@code day}: the latest that started on or before it (the last one recorded wins a tie). */
    private static SpecPeriod specAt(ServiceHistory service, LocalDate day) {
        SpecPeriod current = null;
        for (SpecPeriod spec : service.specs()) {
            if (!spec.effectiveFrom().isAfter(day)) {
                current = spec;
            }
        }
        if (current == null && !service.specs().isEmpty()) {
            current = service.specs().get(0);
        }
        if (current == null) {
            throw BusinessRuleException.invalid("billing.error.noSpec", service.code());
        }
        return current;
    }

    /** Days of [from, to] on which the instance was SUSPENDED: from a SUSPENDED step to the day before the next step. */
    static int suspendedDays(List<StatusStep> statuses, LocalDate from, LocalDate to) {
        int total = 0;
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).status() != ServiceInstanceStatus.SUSPENDED) {
                continue;
            }
            LocalDate start = later(statuses.get(i).effectiveOn(), from);
            LocalDate end = i + 1 < statuses.size() ? earlier(statuses.get(i + 1).effectiveOn().minusDays(1), to) : to;
            if (!start.isAfter(end)) {
                total += days(start, end);
            }
        }
        return total;
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Part(LocalDate from, LocalDate to, int used, SpecPeriod spec, PriceTable table) {
    }
}
