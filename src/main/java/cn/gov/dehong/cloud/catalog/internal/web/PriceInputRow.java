package cn.gov.dehong.cloud.catalog.internal.web;

import java.util.EnumMap;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.internal.PriceComponent;

/** A product on the publishing form with the form keys of the components it is priced by. */
public record PriceInputRow(ProductView product, Map<PriceComponent, String> keys) {

    static PriceInputRow of(ProductView product) {
        Map<PriceComponent, String> keys = new EnumMap<>(PriceComponent.class);
        PriceComponent.componentsOf(product.parameters())
                .forEach(component -> keys.put(component, PriceListForm.key(product.id(), component)));
        return new PriceInputRow(product, keys);
    }
}
