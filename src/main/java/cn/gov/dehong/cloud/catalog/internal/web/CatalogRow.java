package cn.gov.dehong.cloud.catalog.internal.web;

import java.math.BigDecimal;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.internal.PriceComponent;

/** A product with its unit prices in the selected price-list version (empty when it has none). */
public record CatalogRow(ProductView product, Map<PriceComponent, BigDecimal> prices) {

    public BigDecimal price(PriceComponent component) {
        return prices.get(component);
    }
}
