package cn.gov.dehong.cloud.catalog.internal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.catalog.internal.PriceListAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog", description = "Cloud service products (Art. 4) and procured price-list versions (Art. 10)")
class CatalogApiController {

    private final CatalogManagement catalog;
    private final PriceListAdministration priceLists;

    CatalogApiController(CatalogManagement catalog, PriceListAdministration priceLists) {
        this.catalog = catalog;
        this.priceLists = priceLists;
    }

    @GetMapping("/products")
    @Operation(summary = "产品目录 / All products, in the order of Art. 4")
    List<ProductView> products() {
        return catalog.products();
    }

    @GetMapping("/products/{id}")
    @Operation(summary = "一个产品 / One product", description = "404 when unknown")
    ProductView product(@PathVariable Long id) {
        return catalog.product(id);
    }

    @GetMapping("/price-lists")
    @Operation(summary = "价格表版本列表 / All price-list versions, newest first")
    List<PriceListVersionView> priceLists() {
        return priceLists.versions();
    }

    @GetMapping("/price-lists/{id}")
    @Operation(summary = "一个价格表版本及其单价 / One price-list version with its unit prices", description = "404 when unknown")
    PriceListResponse priceList(@PathVariable Long id) {
        PriceListVersionView version = priceLists.version(id);
        Map<Long, ProductView> products = catalog.products().stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        List<PriceListResponse.Item> items = priceLists.prices(id).stream()
                .map(price -> {
                    ProductView product = products.get(price.productId());
                    return new PriceListResponse.Item(price.productId(), product.code(), product.name(),
                            price.component(), price.unitPrice());
                })
                .sorted(Comparator.comparing(PriceListResponse.Item::productId)
                        .thenComparing(PriceListResponse.Item::component))
                .toList();
        return new PriceListResponse(version, items);
    }

    @PostMapping("/price-lists")
    @Operation(summary = "发布新的价格表版本 / Publish a new price-list version (SYSTEM_ADMIN, DEC_REVIEWER)",
            description = "It must start after every existing version; the open-ended predecessor is closed the day "
                    + "before. 400 when it overlaps, a price is negative or malformed, or an active product lacks a "
                    + "price; nothing is changed then.")
    ResponseEntity<PriceListVersionView> publish(@RequestBody PublishPriceListRequest request) {
        PriceListVersionView published = priceLists.publish(request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/catalog/price-lists/" + published.id())).body(published);
    }

    @GetMapping("/quote")
    @Operation(summary = "计算一行的月费 / Monthly fee of a line",
            description = "quantity × (base price + Σ parameter × unit price) at the version in force on the date, "
                    + "rounded half-up to the fen. 400 when no version or price applies, 404 for an unknown product.")
    QuoteResponse quote(@RequestParam Long productId,
                        @RequestParam(defaultValue = "1") int quantity,
                        @Parameter(description = "default: today (Asia/Shanghai)")
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @RequestParam(name = "VCPU", required = false) Integer vcpu,
                        @RequestParam(name = "MEMORY_GB", required = false) Integer memoryGb,
                        @RequestParam(name = "DISK_GB", required = false) Integer diskGb,
                        @RequestParam(name = "BANDWIDTH_MBPS", required = false) Integer bandwidthMbps) {
        Map<SpecParameter, Integer> spec = new EnumMap<>(SpecParameter.class);
        put(spec, SpecParameter.VCPU, vcpu);
        put(spec, SpecParameter.MEMORY_GB, memoryGb);
        put(spec, SpecParameter.DISK_GB, diskGb);
        put(spec, SpecParameter.BANDWIDTH_MBPS, bandwidthMbps);
        LocalDate day = date == null ? priceLists.today() : date;
        return new QuoteResponse(productId, quantity, day, spec,
                catalog.monthlyFee(productId, new SpecValues(spec), quantity, day));
    }

    private static void put(Map<SpecParameter, Integer> spec, SpecParameter parameter, Integer value) {
        if (value != null) {
            spec.put(parameter, value);
        }
    }
}
