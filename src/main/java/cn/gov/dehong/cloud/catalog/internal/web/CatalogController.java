package cn.gov.dehong.cloud.catalog.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.audit.RefusedAttempts;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.internal.PriceComponent;
import cn.gov.dehong.cloud.catalog.internal.PriceListAdministration;
import cn.gov.dehong.cloud.catalog.internal.ProductPrice;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.shared.Excel;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalog pages: products with the prices of a chosen version, its Excel export, and publishing a version. */
@Controller
@RequestMapping("/catalog")
class CatalogController {

    private static final Map<String, Comparator<ProductView>> SORTS = Map.of(
            "code", Comparator.comparing(ProductView::code),
            "name", Comparator.comparing(ProductView::name),
            "category", Comparator.comparing(ProductView::category),
            "billingUnit", Comparator.comparing(ProductView::billingUnit));

    private final CatalogManagement catalog;
    private final PriceListAdministration priceLists;
    private final MessageSource messages;
    private final RefusedAttempts refused;

    CatalogController(CatalogManagement catalog, PriceListAdministration priceLists, MessageSource messages,
                      RefusedAttempts refused) {
        this.catalog = catalog;
        this.priceLists = priceLists;
        this.messages = messages;
        this.refused = refused;
    }

    /** Without {@code versionId}: the version in force today, else the latest one. */
    @GetMapping
    String index(@RequestParam(required = false) String category, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String sort, @RequestParam(defaultValue = "asc") String dir,
                 @RequestParam(required = false) Long versionId, Model model) {
        List<PriceListVersionView> versions = priceLists.versions();
        Optional<PriceListVersionView> selected = selectVersion(versionId);
        List<ProductView> all = catalog.products();
        model.addAttribute("rows", rows(filter(all, category, q, sort, dir), selected));
        model.addAttribute("categories", all.stream().map(ProductView::category).distinct().toList());
        model.addAttribute("components", PriceComponent.values());
        model.addAttribute("versions", versions);
        model.addAttribute("selected", selected.orElse(null));
        model.addAttribute("today", priceLists.today());
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort != null && SORTS.containsKey(sort) ? sort : null);
        model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
        return "catalog/index";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String category,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(defaultValue = "asc") String dir,
                                  @RequestParam(required = false) Long versionId, Locale locale) {
        Optional<PriceListVersionView> selected = selectVersion(versionId);
        List<String> headers = new ArrayList<>(List.of(text("catalog.product.code", locale),
                text("catalog.product.name", locale), text("catalog.product.category", locale),
                text("catalog.product.billingUnit", locale), text("catalog.product.parameters", locale)));
        for (PriceComponent component : PriceComponent.values()) {
            headers.add(text("catalog.component." + component.name(), locale));
        }
        List<List<Object>> lines = new ArrayList<>();
        for (CatalogRow row : rows(filter(catalog.products(), category, q, sort, dir), selected)) {
            ProductView product = row.product();
            List<Object> line = new ArrayList<>(List.of(product.code(), product.name(),
                    text("catalog.category." + product.category(), locale), product.billingUnit(),
                    product.parameters().stream().map(p -> text("catalog.parameter." + p.name(), locale))
                            .collect(Collectors.joining("、"))));
            for (PriceComponent component : PriceComponent.values()) {
                line.add(row.price(component));
            }
            lines.add(line);
        }
        String name = text("catalog.export.fileName", locale) + selected.map(v -> "-" + v.label()).orElse("");
        return new Excel(text("catalog.export.sheet", locale), headers, lines).toResponse(name);
    }

    @GetMapping("/versions/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DEC_REVIEWER')")
    String newVersion(Model model) {
        PriceListForm form = new PriceListForm();
        priceLists.latestVersion().ifPresent(latest -> priceLists.prices(latest.id()).forEach(price ->
                form.getPrices().put(PriceListForm.key(price.productId(), price.component()),
                        price.unitPrice().toPlainString())));
        return formPage(form, model);
    }

    @PostMapping("/versions/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DEC_REVIEWER')")
    String publish(@ModelAttribute("form") PriceListForm form, BindingResult result, Model model,
                   RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            return formPage(form, model);
        }
        try {
            PriceListVersionView published = priceLists.publish(form.toDraft(catalog.products()));
            redirect.addFlashAttribute("flashMessage", messages.getMessage("catalog.published",
                    new Object[] {published.label(), published.effectiveFrom().toString()}, locale));
            return "redirect:/catalog?versionId=" + published.id();
        } catch (BusinessRuleException e) {
            refused.record(e);
            result.reject(e.getMessageKey(), e.getArguments(), e.getMessageKey());
            return formPage(form, model);
        }
    }

    /** Fills the prices of the form from a CSV file (one "code,component,price" per line); publishes nothing. */
    @PostMapping("/versions/new/csv")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DEC_REVIEWER')")
    String loadCsv(@ModelAttribute("form") PriceListForm form, BindingResult result,
                   @RequestParam("file") MultipartFile file, Model model) {
        try {
            new PriceListCsv(catalog.products()).read(file).forEach(price ->
                    form.getPrices().put(PriceListForm.key(price.productId(), price.component()),
                            price.unitPrice().toPlainString()));
        } catch (BusinessRuleException e) {
            refused.record(e);
            result.reject(e.getMessageKey(), e.getArguments(), e.getMessageKey());
        }
        return formPage(form, model);
    }

    private String formPage(PriceListForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("rows", catalog.products().stream().map(PriceInputRow::of).toList());
        model.addAttribute("components", PriceComponent.values());
        model.addAttribute("predecessor", priceLists.latestVersion().filter(PriceListVersionView::openEnded).orElse(null));
        return "catalog/version-form";
    }

    private Optional<PriceListVersionView> selectVersion(Long versionId) {
        if (versionId != null) {
            return Optional.of(priceLists.version(versionId));
        }
        return priceLists.versionInForce(priceLists.today()).or(priceLists::latestVersion);
    }

    private List<CatalogRow> rows(List<ProductView> products, Optional<PriceListVersionView> version) {
        Map<Long, Map<PriceComponent, BigDecimal>> prices = new HashMap<>();
        version.ifPresent(v -> {
            for (ProductPrice price : priceLists.prices(v.id())) {
                prices.computeIfAbsent(price.productId(), id -> new EnumMap<>(PriceComponent.class))
                        .put(price.component(), price.unitPrice());
            }
        });
        return products.stream().map(product -> new CatalogRow(product, prices.getOrDefault(product.id(), Map.of())))
                .toList();
    }

    /** Without a known {@code sort} the products keep the catalog's order (that of Art. 4). */
    private static List<ProductView> filter(List<ProductView> products, String category, String q, String sort,
                                            String dir) {
        String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        Comparator<ProductView> order = sort == null ? null : SORTS.get(sort);
        List<ProductView> filtered = products.stream()
                .filter(p -> category == null || category.isBlank() || p.category().equals(category))
                .filter(p -> needle.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(needle)
                        || p.code().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        if (order == null) {
            return filtered;
        }
        return filtered.stream().sorted("desc".equals(dir) ? order.reversed() : order).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
