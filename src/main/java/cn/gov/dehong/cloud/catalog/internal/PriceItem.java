package cn.gov.dehong.cloud.catalog.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class PriceItem {

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PriceComponent component;

    @Column(nullable = false, precision = 14, scale = PricingRules.PRICE_SCALE)
    private BigDecimal unitPrice;

    protected PriceItem() {
    }

    PriceItem(Long productId, PriceComponent component, BigDecimal unitPrice) {
        this.productId = productId;
        this.component = component;
        this.unitPrice = unitPrice;
    }

    Long getProductId() { return productId; }
    PriceComponent getComponent() { return component; }

    /** At least two decimals (yuan and fen) however the database returns the scale. */
    BigDecimal getUnitPrice() {
        return unitPrice.setScale(Math.max(2, unitPrice.stripTrailingZeros().scale()));
    }

    ProductPrice toPrice() {
        return new ProductPrice(productId, component, getUnitPrice());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriceItem item && productId.equals(item.productId) && component == item.component;
    }

    @Override
    public int hashCode() {
        return productId.hashCode() * 31 + component.hashCode();
    }
}
