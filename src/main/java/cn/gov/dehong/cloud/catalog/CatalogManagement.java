package cn.gov.dehong.cloud.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Products and prices. The monthly fee of a line is
 * {@code quantity × (base price + Σ parameter value × parameter unit price)} at the price-list version in force on
 * the given day, rounded half-up to the fen.
 */
public interface CatalogManagement {

    List<ProductView> products();

    /** 404 business error when unknown. */
    ProductView product(Long productId);

    /** 400 business error when no price-list version is in force on that day or the product has no price in it. */
    BigDecimal monthlyFee(Long productId, SpecValues spec, int quantity, LocalDate on);

    /**
     * Bulk pricing for billing: every price-list version in force on some day of [{@code from}, {@code to}], oldest
     * first, with all of its unit prices, so that a run prices many lines without a query each.
     */
    List<PriceTable> priceTables(LocalDate from, LocalDate to);

    /** The unit prices of one price-list version; a fee follows the same formula and rounding as {@link #monthlyFee}. */
    interface PriceTable {

        PriceListVersionView version();

        /** 400 business error when the product has no price in this version, 404 when the product is unknown. */
        BigDecimal monthlyFee(Long productId, SpecValues spec, int quantity);
    }
}
