package cn.gov.dehong.cloud.catalog;

import java.time.LocalDate;

/** A new price-list version was published; fees of days from {@code effectiveFrom} on are computed with it. */
public record PriceListVersionPublished(Long versionId, LocalDate effectiveFrom) {
}
