package cn.gov.dehong.cloud.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaCatalogManagement implements CatalogManagement {

    private final ProductRepository products;
    private final PriceListVersionRepository versions;
    private final PricingRules rules = new PricingRules();

    JpaCatalogManagement(ProductRepository products, PriceListVersionRepository versions) {
        this.products = products;
        this.versions = versions;
    }

    @Override
    public List<ProductView> products() {
        return products.findAllByOrderBySortOrderAscCodeAsc().stream().map(Product::toView).toList();
    }

    @Override
    public ProductView product(Long productId) {
        return products.findById(productId).map(Product::toView)
                .orElseThrow(() -> BusinessRuleException.notFound("catalog.error.productNotFound", productId));
    }

    @Override
    public BigDecimal monthlyFee(Long productId, SpecValues spec, int quantity, LocalDate on) {
        Objects.requireNonNull(on, "on");
        ProductView product = product(productId);
        PriceListVersion version = versions.findInForce(on)
                .orElseThrow(() -> BusinessRuleException.invalid("catalog.error.noPrice", product.name(), on.toString()));
        return rules.monthlyFee(product, version.unitPricesOf(productId), spec, quantity, on);
    }
}
