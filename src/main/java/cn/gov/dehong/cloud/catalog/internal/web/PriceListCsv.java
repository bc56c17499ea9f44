package cn.gov.dehong.cloud.catalog.internal.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.internal.PriceComponent;
import cn.gov.dehong.cloud.catalog.internal.ProductPrice;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Prices typed in a spreadsheet and saved as CSV (UTF-8): {@code product code,component,unit price} per line, e.g.
 * {@code ECS,VCPU,43.00}. A first line that does not start with a product code is taken as a header.
 */
class PriceListCsv {

    private final Map<String, ProductView> byCode;

    PriceListCsv(List<ProductView> products) {
        this.byCode = products.stream().collect(Collectors.toMap(ProductView::code, Function.identity()));
    }

    List<ProductPrice> read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw BusinessRuleException.invalid("catalog.error.csvEmpty");
        }
        List<ProductPrice> prices = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String content = number == 1 ? line.replace("\uFEFF", "") : line;
                if (content.isBlank()) {
                    continue;
                }
                String[] cells = content.split("[,，]", -1);
                ProductView product = byCode.get(cells[0].trim().toUpperCase(Locale.ROOT));
                if (product == null && number == 1) {
                    continue;
                }
                prices.add(parse(number, cells, product));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prices;
    }

    private ProductPrice parse(int number, String[] cells, ProductView product) {
        if (product == null || cells.length != 3) {
            throw BusinessRuleException.invalid("catalog.error.csvLine", number);
        }
        try {
            PriceComponent component = PriceComponent.valueOf(cells[1].trim().toUpperCase(Locale.ROOT));
            return new ProductPrice(product.id(), component, new BigDecimal(cells[2].trim()));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("catalog.error.csvLine", number);
        }
    }
}
