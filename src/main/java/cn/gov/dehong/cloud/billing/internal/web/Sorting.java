package cn.gov.dehong.cloud.billing.internal.web;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Only listed columns sort (anything else would fail in the query); pages are at most 200 rows. */
final class Sorting {

    static final Set<String> CHANGE_DELTAS = Set.of("effectiveOn", "instanceCode", "unitName", "restOfYearAmount", "id");
    static final Set<String> PENALTIES = Set.of("id", "period", "recordedAt", "kind");
    private static final int MAX_PAGE = 200;

    private Sorting() {
    }

    static Pageable only(Pageable pageable, Set<String> allowed, Sort fallback) {
        List<Sort.Order> orders = pageable.getSort().stream().filter(order -> allowed.contains(order.getProperty())).toList();
        Sort sort = orders.isEmpty() ? fallback : Sort.by(orders).and(fallback);
        return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE), sort);
    }
}
