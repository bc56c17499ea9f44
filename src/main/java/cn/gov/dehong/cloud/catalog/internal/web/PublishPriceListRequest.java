package cn.gov.dehong.cloud.catalog.internal.web;

import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.catalog.internal.PriceListDraft;
import cn.gov.dehong.cloud.catalog.internal.ProductPrice;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A new price-list version; every component of every active product needs a price")
record PublishPriceListRequest(
        @Schema(example = "2027年中标价格") String label,
        @Schema(example = "2027-01-01") LocalDate effectiveFrom,
        @Schema(description = "last day it applies; omit for open-ended") LocalDate effectiveTo,
        @Schema(example = "DHZC2026-G-031") String procurementRef,
        List<ProductPrice> prices) {

    PriceListDraft toDraft() {
        return new PriceListDraft(label, effectiveFrom, effectiveTo, procurementRef, prices);
    }
}
