package cn.gov.dehong.cloud.billing.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page: every paging, sorting and export link keeps the filters. Templates call
 * {@code ${links.page(n)}}, {@code ${links.sort('amount')}}, {@code ${links.sorted('amount')}} and
 * {@code ${links.with('/xlsx')}}.
 */
public final class ListLinks {

    private final String path;
    private final Map<String, Object> filters = new LinkedHashMap<>();
    private final String sortField;
    private final boolean ascending;
    private final int size;

    ListLinks(String path, Pageable pageable) {
        this.path = path;
        Sort.Order order = pageable.getSort().stream().findFirst().orElse(null);
        this.sortField = order == null ? null : order.getProperty();
        this.ascending = order == null || order.isAscending();
        this.size = pageable.getPageSize();
    }

    ListLinks filter(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            filters.put(name, value);
        }
        return this;
    }

    public String page(int number) {
        UriComponentsBuilder builder = base(path).queryParam("page", number).queryParam("size", size);
        if (sortField != null) {
            builder.queryParam("sort", sortField + "," + (ascending ? "asc" : "desc"));
        }
        return builder.build().encode().toUriString();
    }

    /** Sorts by {@code field}, ascending first, descending when it already is the ascending sort. */
    public String sort(String field) {
        boolean next = !(field.equals(sortField) && ascending);
        return base(path).queryParam("size", size).queryParam("sort", field + "," + (next ? "asc" : "desc"))
                .build().encode().toUriString();
    }

    /** "ascending", "descending" or null: the aria-sort of the column. */
    public String sorted(String field) {
        return field.equals(sortField) ? (ascending ? "ascending" : "descending") : null;
    }

    /** The same filters on another path, e.g. the export below this list. */
    public String with(String suffix) {
        UriComponentsBuilder builder = base(path + suffix);
        if (sortField != null) {
            builder.queryParam("sort", sortField + "," + (ascending ? "asc" : "desc"));
        }
        return builder.build().encode().toUriString();
    }

    private UriComponentsBuilder base(String target) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(target);
        filters.forEach(builder::queryParam);
        return builder;
    }
}
