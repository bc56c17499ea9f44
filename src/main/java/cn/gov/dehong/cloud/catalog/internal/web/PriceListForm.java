package cn.gov.dehong.cloud.catalog.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.internal.PriceComponent;
import cn.gov.dehong.cloud.catalog.internal.PriceListDraft;
import cn.gov.dehong.cloud.catalog.internal.ProductPrice;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The publishing form. Prices stay text until {@link #toDraft} so that a mistyped price is reported with its
 * product instead of as a binding error; they are keyed by {@link #key}.
 */
public class PriceListForm {

    private String label;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveTo;

    private String procurementRef;

    private Map<String, String> prices = new LinkedHashMap<>();

    static String key(Long productId, PriceComponent component) {
        return productId + "-" + component.name();
    }

    /** Blank prices are left out: the rules then report the missing price of the product. */
    PriceListDraft toDraft(List<ProductView> products) {
        List<ProductPrice> parsed = new ArrayList<>();
        for (ProductView product : products) {
            for (PriceComponent component : PriceComponent.componentsOf(product.parameters())) {
                String text = prices.get(key(product.id(), component));
                if (text == null || text.isBlank()) {
                    continue;
                }
                parsed.add(new ProductPrice(product.id(), component, parse(text.trim(), product, component)));
            }
        }
        return new PriceListDraft(label, effectiveFrom, effectiveTo, procurementRef, parsed);
    }

    private static BigDecimal parse(String text, ProductView product, PriceComponent component) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw BusinessRuleException.invalid("catalog.error.malformedPrice", product.name(), component.name(), text);
        }
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(LocalDate effectiveTo) { this.effectiveTo = effectiveTo; }
    public String getProcurementRef() { return procurementRef; }
    public void setProcurementRef(String procurementRef) { this.procurementRef = procurementRef; }
    public Map<String, String> getPrices() { return prices; }
    public void setPrices(Map<String, String> prices) { this.prices = prices; }
}
