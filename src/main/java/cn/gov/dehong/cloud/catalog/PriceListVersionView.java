package cn.gov.dehong.cloud.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One procured price list (中标价格, Art. 10) with the days it applies: from {@code effectiveFrom} to
 * {@code effectiveTo} inclusive, open-ended while {@code effectiveTo} is null. Versions never overlap.
 */
public record PriceListVersionView(Long id, String label, LocalDate effectiveFrom, LocalDate effectiveTo,
                                   String procurementRef, Instant publishedAt, String publishedBy) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean openEnded() {
        return effectiveTo == null;
    }
}
