package cn.gov.dehong.cloud.audit.internal.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.shared.Excel;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The operation log (Art. 17) for administrators and auditors: filter, page, sort, export. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

    static final int EXPORT_LIMIT = 10_000;
    private static final int MAX_PAGE_SIZE = 200;
    private static final Set<String> SORTABLE = Set.of("occurredAt", "actor", "actorUnitId", "action", "objectType",
            "objectId", "ipAddress");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final MessageSource messages;

    AuditController(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String search(@ModelAttribute("filter") AuditFilter filter, BindingResult result,
                  @PageableDefault(size = 50) Pageable pageable, Model model) {
        Sort sort = sortOf(pageable);
        var page = audit.search(filter.toQuery(),
                        PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE),
                                withTieBreaker(sort)))
                .map(AuditRow::of);
        Sort.Order order = sort.iterator().next();
        model.addAttribute("page", page);
        model.addAttribute("sortField", order.getProperty());
        model.addAttribute("sortDir", order.isAscending() ? "asc" : "desc");
        return "audit/index";
    }

    /** The filtered rows in the page's order, at most {@value #EXPORT_LIMIT}. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") AuditFilter filter, BindingResult result,
                                  Pageable pageable, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        audit.search(filter.toQuery(), PageRequest.of(0, EXPORT_LIMIT, withTieBreaker(sortOf(pageable))))
                .map(AuditRow::of)
                .forEach(row -> rows.add(Arrays.asList(TIME.format(row.time()), row.actor(),
                        row.actorUnitId(), row.action(), row.objectType(), row.objectId(), row.before(), row.after(),
                        row.ipAddress())));
        List<String> headers = List.of(text("audit.column.time", locale), text("audit.column.actor", locale),
                text("audit.column.unit", locale), text("audit.column.action", locale),
                text("audit.column.objectType", locale), text("audit.column.objectId", locale),
                text("audit.column.before", locale), text("audit.column.after", locale),
                text("audit.column.ip", locale));
        return new Excel(text("audit.export.sheet", locale), headers, rows)
                .toResponse(text("audit.export.fileName", locale));
    }

    /** Only the listed columns sort (anything else would fail in the query); the default is newest first. */
    private static Sort sortOf(Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList();
        return orders.isEmpty() ? NEWEST_FIRST : Sort.by(orders);
    }

    /** Entries of the same second keep a stable order across pages. */
    private static Sort withTieBreaker(Sort sort) {
        return sort.and(Sort.by(sort.iterator().next().getDirection(), "id"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
