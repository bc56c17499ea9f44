package cn.gov.dehong.cloud.subscription.internal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.Excel;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service instances the caller may see: a filtered, sortable list, its export, and one instance's detail. */
@Controller
@RequestMapping("/services")
class ServiceController {

    static final int EXPORT_LIMIT = 10_000;
    private static final int MAX_PAGE_SIZE = 200;
    private static final Set<String> SORTABLE = Set.of("code", "unitName", "productName", "status", "billingStart");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    ServiceController(SubscriptionManagement subscriptions, OrganizationDirectory organization, MessageSource messages) {
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) ServiceInstanceStatus status,
                @RequestParam(required = false) PlatformZone zone, @RequestParam(required = false) String q,
                @PageableDefault(size = 20) Pageable pageable, Model model) {
        List<Sort.Order> orders = sortable(pageable);
        var page = subscriptions.search(organization.scopeOf(organization.currentActor()),
                new ServiceInstanceQuery(unitId, status, zone, q),
                PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE), sort(orders)));
        model.addAttribute("page", page);
        model.addAttribute("statuses", ServiceInstanceStatus.values());
        model.addAttribute("zones", PlatformZone.values());
        model.addAttribute("status", status);
        model.addAttribute("zone", zone);
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("sortField", orders.isEmpty() ? null : orders.get(0).getProperty());
        model.addAttribute("sortDir", !orders.isEmpty() && orders.get(0).isAscending() ? "asc" : "desc");
        return "subscription/services";
    }

    /** The filtered list in the page's order, at most {@value #EXPORT_LIMIT} rows; fees stay numbers. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId,
                                  @RequestParam(required = false) ServiceInstanceStatus status,
                                  @RequestParam(required = false) PlatformZone zone,
                                  @RequestParam(required = false) String q, Pageable pageable, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        subscriptions.search(organization.scopeOf(organization.currentActor()),
                        new ServiceInstanceQuery(unitId, status, zone, q),
                        PageRequest.of(0, EXPORT_LIMIT, sort(sortable(pageable))))
                .forEach(s -> rows.add(Arrays.asList(s.code(), s.unitName(), s.productName(),
                        text("zone." + s.zone(), locale), text("status.service." + s.status(), locale), s.quantity(),
                        date(s.testStart()), date(s.testEnd()), date(s.billingStart()), date(s.endDate()),
                        s.monthlyFeeEstimate())));
        List<String> headers = List.of(text("service.code", locale), text("service.unit", locale),
                text("service.product", locale), text("service.zone", locale), text("service.status", locale),
                text("service.quantity", locale), text("service.testStart", locale), text("service.testEnd", locale),
                text("service.billingStart", locale), text("service.endDate", locale),
                text("service.monthlyFee", locale));
        return new Excel(text("service.export.sheet", locale), headers, rows)
                .toResponse(text("service.export.fileName", locale));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        ServiceInstanceView instance = subscriptions.instance(id);
        Actor actor = organization.currentActor();
        organization.requireVisible(actor, instance.unitId());
        model.addAttribute("instance", instance);
        model.addAttribute("spec", Arrays.stream(SpecParameter.values())
                .filter(parameter -> instance.spec().values().containsKey(parameter))
                .map(parameter -> Map.entry(parameter, instance.spec().get(parameter)))
                .toList());
        model.addAttribute("history", subscriptions.history(id).stream().map(StatusChangeRow::of).toList());
        model.addAttribute("canRequest", actor.has(Role.UNIT_APPLICANT) && instance.unitId().equals(actor.unitId())
                && instance.status() == ServiceInstanceStatus.ACTIVE);
        return "subscription/service";
    }

    /** Only the listed columns sort (anything else would fail in the query). */
    private static List<Sort.Order> sortable(Pageable pageable) {
        return pageable.getSort().stream().filter(order -> SORTABLE.contains(order.getProperty())).toList();
    }

    /** The chosen columns, then newest first, so that equal values keep a stable order across pages. */
    private static Sort sort(List<Sort.Order> orders) {
        return Sort.by(orders).and(NEWEST_FIRST);
    }

    private static String date(Object value) {
        return value == null ? null : value.toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
