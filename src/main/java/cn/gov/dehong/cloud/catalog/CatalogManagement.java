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
}
