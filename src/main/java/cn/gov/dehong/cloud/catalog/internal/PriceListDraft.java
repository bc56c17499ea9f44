package cn.gov.dehong.cloud.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A price-list version to publish; {@code effectiveTo} null means open-ended. */
public record PriceListDraft(String label, LocalDate effectiveFrom, LocalDate effectiveTo, String procurementRef,
                             List<ProductPrice> prices) {

    public PriceListDraft {
        prices = prices == null ? List.of() : prices.stream().filter(Objects::nonNull).toList();
    }
}
