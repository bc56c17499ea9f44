package cn.gov.dehong.cloud.catalog.internal;

import java.math.BigDecimal;

/** The unit price (CNY per month) of one component of one product in a price-list version. */
public record ProductPrice(Long productId, PriceComponent component, BigDecimal unitPrice) {
}
