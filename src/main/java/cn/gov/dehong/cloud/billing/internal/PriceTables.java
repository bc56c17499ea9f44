package cn.gov.dehong.cloud.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gov.dehong.cloud.catalog.CatalogManagement.PriceTable;

/**
 * The price-list versions of a stretch of time, looked up by day (Art. 10: the procured price in force). Strict for
 * charging: a day without a version has no price. Lenient for projections of future months: the latest version
 * that has started counts until a new one is published.
 */
final class PriceTables {

    private final List<PriceTable> tables;
    private final boolean lenient;

    private PriceTables(List<PriceTable> tables, boolean lenient) {
        this.tables = List.copyOf(tables);
        this.lenient = lenient;
    }

    /** {@code tables} oldest first, as the catalog returns them. */
    static PriceTables strict(List<PriceTable> tables) {
        return new PriceTables(tables, false);
    }

    static PriceTables lenient(List<PriceTable> tables) {
        return new PriceTables(tables, true);
    }

    Optional<PriceTable> inForce(LocalDate day) {
        PriceTable started = null;
        for (PriceTable table : tables) {
            if (table.version().covers(day)) {
                return Optional.of(table);
            }
            if (!table.version().effectiveFrom().isAfter(day)) {
                started = table;
            }
        }
        if (!lenient) {
            return Optional.empty();
        }
        return started != null ? Optional.of(started) : tables.stream().findFirst();
    }

    /** The days a new version starts: a month is cut there so that each part is priced by its own version. */
    List<LocalDate> starts() {
        return tables.stream().map(table -> table.version().effectiveFrom()).toList();
    }
}
