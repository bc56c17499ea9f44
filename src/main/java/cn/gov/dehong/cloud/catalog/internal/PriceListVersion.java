package cn.gov.dehong.cloud.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Published once and never edited, except that its open end is closed when the next version is published. */
@Entity
@Table(name = "cat_price_list_version")
class PriceListVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private LocalDate effectiveFrom;

    private LocalDate effectiveTo;

    @Column(nullable = false)
    private String procurementRef;

    @Column(nullable = false)
    private Instant publishedAt;

    @Column(nullable = false)
    private String publishedBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "cat_price_item", joinColumns = @JoinColumn(name = "version_id"))
    private Set<PriceItem> items = new HashSet<>();

    protected PriceListVersion() {
    }

    PriceListVersion(String label, LocalDate effectiveFrom, LocalDate effectiveTo, String procurementRef,
                     Instant publishedAt, String publishedBy, Collection<PriceItem> items) {
        this.label = label;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.procurementRef = procurementRef;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.items.addAll(items);
    }

    /** Ends this version the day before its successor starts. */
    void closeBefore(LocalDate successorStart) {
        this.effectiveTo = successorStart.minusDays(1);
    }

    Long getId() { return id; }
    Set<PriceItem> getItems() { return items; }

    Map<PriceComponent, BigDecimal> unitPricesOf(Long productId) {
        Map<PriceComponent, BigDecimal> prices = new EnumMap<>(PriceComponent.class);
        items.stream().filter(item -> item.getProductId().equals(productId))
                .forEach(item -> prices.put(item.getComponent(), item.getUnitPrice()));
        return prices;
    }

    PriceListVersionView toView() {
        return new PriceListVersionView(id, label, effectiveFrom, effectiveTo, procurementRef, publishedAt, publishedBy);
    }

    /** The state written to the audit log. */
    String describe() {
        return "label=" + label + "; effectiveFrom=" + effectiveFrom + "; effectiveTo=" + effectiveTo
                + "; procurementRef=" + procurementRef + "; items=" + items.size();
    }

    /** The published prices for the audit log, as productId.component=unitPrice. */
    String describePrices() {
        return items.stream()
                .sorted(Comparator.comparing(PriceItem::getProductId).thenComparing(PriceItem::getComponent))
                .map(item -> item.getProductId() + "." + item.getComponent() + "=" + item.getUnitPrice().toPlainString())
                .collect(Collectors.joining(", "));
    }
}
