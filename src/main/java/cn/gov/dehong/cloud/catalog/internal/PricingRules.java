package cn.gov.dehong.cloud.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/**
 * The pricing rules of the catalog: how a line's monthly fee follows from the unit prices, and how price-list
 * versions follow each other without overlapping (so that every day has at most one price).
 */
class PricingRules {

    /** Unit prices are stored as NUMERIC(14,4): a price may have at most 4 decimals and 10 integer digits. */
    static final int PRICE_SCALE = 4;
    static final int PRICE_INTEGER_DIGITS = 10;

    /**
     * {@code quantity × (BASE + Σ value(p) × price(p))} over the product's parameters, rounded half-up to the fen
     * once, on the whole line, so that a line of many units does not multiply a rounding error.
     */
    BigDecimal monthlyFee(ProductView product, Map<PriceComponent, BigDecimal> unitPrices, SpecValues spec,
                          int quantity, LocalDate on) {
        if (quantity < 1) {
            throw BusinessRuleException.invalid("catalog.error.quantity", quantity);
        }
        SpecValues values = spec == null ? SpecValues.none() : spec;
        for (PriceComponent component : PriceComponent.componentsOf(product.parameters())) {
            if (unitPrices.get(component) == null) {
                throw BusinessRuleException.invalid("catalog.error.noPrice", product.name(), on.toString());
            }
        }
        BigDecimal unitFee = unitPrices.get(PriceComponent.BASE);
        for (SpecParameter parameter : product.parameters()) {
            int value = values.get(parameter);
            if (value < 0) {
                throw BusinessRuleException.invalid("catalog.error.negativeSpec", parameter.name(), value);
            }
            unitFee = unitFee.add(unitPrices.get(PriceComponent.of(parameter)).multiply(BigDecimal.valueOf(value)));
        }
        return unitFee.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Checks that a version valid from {@code from} to {@code to} (null = open-ended) can follow the existing ones:
     * it must start after every existing version starts, and after every closed version ends. Returns the
     * open-ended version it replaces, which is to be closed the day before {@code from}.
     */
    Optional<PriceListVersionView> admit(Collection<PriceListVersionView> existing, LocalDate from, LocalDate to) {
        if (from == null) {
            throw BusinessRuleException.invalid("catalog.error.effectiveFromRequired");
        }
        if (to != null && to.isBefore(from)) {
            throw BusinessRuleException.invalid("catalog.error.periodReversed", from.toString(), to.toString());
        }
        for (PriceListVersionView version : existing) {
            if (!from.isAfter(version.effectiveFrom())) {
                throw BusinessRuleException.invalid("catalog.error.overlap", from.toString(), version.label(),
                        version.effectiveFrom().toString());
            }
        }
        PriceListVersionView openEnded = null;
        for (PriceListVersionView version : existing) {
            if (version.openEnded()) {
                openEnded = version;
            } else if (!from.isAfter(version.effectiveTo())) {
                throw BusinessRuleException.invalid("catalog.error.overlapClosed", from.toString(), version.label(),
                        version.effectiveTo().toString());
            }
        }
        return Optional.ofNullable(openEnded);
    }

    /**
     * Checks the prices of a new version against the catalog and returns them by product and component. Every
     * active product needs a price for each of its components; inactive products may be priced too.
     */
    Map<Long, Map<PriceComponent, BigDecimal>> checkPrices(Collection<ProductView> products,
                                                            Collection<ProductPrice> prices) {
        Map<Long, ProductView> byId = new HashMap<>();
        products.forEach(product -> byId.put(product.id(), product));
        Map<Long, Map<PriceComponent, BigDecimal>> checked = new HashMap<>();
        for (ProductPrice price : prices) {
            ProductView product = byId.get(price.productId());
            if (product == null) {
                throw BusinessRuleException.invalid("catalog.error.unknownProduct", price.productId());
            }
            if (price.component() == null || !PriceComponent.componentsOf(product.parameters()).contains(price.component())) {
                throw BusinessRuleException.invalid("catalog.error.componentNotApplicable", product.name(),
                        String.valueOf(price.component()));
            }
            checkUnitPrice(product, price.component(), price.unitPrice());
            Map<PriceComponent, BigDecimal> ofProduct =
                    checked.computeIfAbsent(product.id(), id -> new EnumMap<>(PriceComponent.class));
            if (ofProduct.putIfAbsent(price.component(), price.unitPrice()) != null) {
                throw BusinessRuleException.invalid("catalog.error.duplicatePrice", product.name(),
                        price.component().name());
            }
        }
        for (ProductView product : products) {
            if (!product.active()) {
                continue;
            }
            Map<PriceComponent, BigDecimal> ofProduct = checked.getOrDefault(product.id(), Map.of());
            for (PriceComponent component : PriceComponent.componentsOf(product.parameters())) {
                if (!ofProduct.containsKey(component)) {
                    throw BusinessRuleException.invalid("catalog.error.missingPrice", product.name(), component.name());
                }
            }
        }
        return checked;
    }

    private void checkUnitPrice(ProductView product, PriceComponent component, BigDecimal unitPrice) {
        if (unitPrice == null) {
            throw BusinessRuleException.invalid("catalog.error.missingPrice", product.name(), component.name());
        }
        if (unitPrice.signum() < 0) {
            throw BusinessRuleException.invalid("catalog.error.negativePrice", product.name(), component.name());
        }
        BigDecimal normalized = unitPrice.stripTrailingZeros();
        if (normalized.scale() > PRICE_SCALE || normalized.precision() - normalized.scale() > PRICE_INTEGER_DIGITS) {
            throw BusinessRuleException.invalid("catalog.error.malformedPrice", product.name(), component.name(),
                    unitPrice.toPlainString());
        }
    }
}
