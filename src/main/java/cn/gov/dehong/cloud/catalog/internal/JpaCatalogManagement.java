package cn.gov.dehong.cloud.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PriceListVersionView;
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

    @Override
    public List<PriceTable> priceTables(LocalDate from, LocalDate to) {
        Map<Long, ProductView> catalog = products.findAll().stream().map(Product::toView)
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        return versions.findAllByOrderByEffectiveFromDesc().stream()
                .filter(version -> {
                    PriceListVersionView view = version.toView();
                    return !view.effectiveFrom().isAfter(to) && (view.openEnded() || !view.effectiveTo().isBefore(from));
                })
                .sorted(Comparator.comparing(version -> version.toView().effectiveFrom()))
                .map(version -> (PriceTable) new VersionPriceTable(version.toView(), catalog, unitPrices(version), rules))
                .toList();
    }

    private static Map<Long, Map<PriceComponent, BigDecimal>> unitPrices(PriceListVersion version) {
        return version.getItems().stream().map(PriceItem::getProductId).distinct()
                .collect(Collectors.toMap(Function.identity(), version::unitPricesOf));
    }

    /** Prices held in memory: billing prices 100,000 lines with one read of the catalog. */
    private record VersionPriceTable(PriceListVersionView version, Map<Long, ProductView> products,
                                     Map<Long, Map<PriceComponent, BigDecimal>> prices, PricingRules rules)
            implements PriceTable {

        @Override
        public BigDecimal monthlyFee(Long productId, SpecValues spec, int quantity) {
            ProductView product = products.get(productId);
            if (product == null) {
                throw BusinessRuleException.notFound("catalog.error.productNotFound", productId);
            }
            return rules.monthlyFee(product, prices.getOrDefault(productId, Map.of()), spec, quantity,
                    version.effectiveFrom());
        }
    }
}
