package cn.gov.dehong.cloud.operations.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketSeverity;
import cn.gov.dehong.cloud.operations.TicketStatus;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.Excel;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ticket pages: the list (with the duty contact), the report form, one ticket with the actions of the caller. */
@Controller
@RequestMapping("/operations/tickets")
class TicketPageController {

    static final int EXPORT_LIMIT = 10_000;

    private final TicketService tickets;
    private final DutyRoster roster;
    private final SubscriptionManagement subscriptions;
    private final cn.gov.dehong.cloud.security.ApplicationSystems systems;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(cn.gov.dehong.cloud.calendar.WorkingDayCalendar.ZONE);

    TicketPageController(TicketService tickets, DutyRoster roster, SubscriptionManagement subscriptions,
                         cn.gov.dehong.cloud.security.ApplicationSystems systems, OrganizationDirectory organization,
                         MessageSource messages) {
        this.systems = systems;
        this.tickets = tickets;
        this.roster = roster;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) TicketStatus status,
                @RequestParam(required = false) TicketSeverity severity,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
                @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        Pageable safe = TicketApiController.safe(pageable);
        model.addAttribute("page", tickets.search(actor, new TicketService.TicketQuery(status, severity, null, overdue, q),
                safe));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("severities", TicketSeverity.values());
        model.addAttribute("status", status);
        model.addAttribute("severity", severity);
        model.addAttribute("overdue", overdue);
        model.addAttribute("q", q);
        Sort.Order order = safe.getSort().iterator().next();
        model.addAttribute("sortField", order.getProperty());
        model.addAttribute("sortDir", order.isAscending() ? "asc" : "desc");
        model.addAttribute("canReport", Access.isUnitMember(actor));
        model.addAttribute("duty", roster.current());
        model.addAttribute("sla", tickets.slaTargets());
        return "operations/tickets";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) TicketStatus status,
                                  @RequestParam(required = false) TicketSeverity severity,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) String q, Pageable pageable, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        Pageable all = PageRequest.of(0, EXPORT_LIMIT, TicketApiController.safe(pageable).getSort());
        tickets.search(organization.currentActor(), new TicketService.TicketQuery(status, severity, null, overdue, q),
                        all)
                .forEach(t -> rows.add(Arrays.asList(t.code(), t.unitName(), t.subject(), t.productName(),
                        text("operations.severity." + t.severity(), locale), t.title(),
                        text("operations.ticket.status." + t.status(), locale), time(t.reportedAt()),
                        time(t.responseDueAt()), time(t.acknowledgedAt()), t.responseMinutes(),
                        time(t.resolutionDueAt()), time(t.resolvedAt()), t.resolutionMinutes(),
                        t.overdue() ? text("operations.ticket.overdue", locale) : "",
                        t.satisfaction() == null ? "" : text("operations.satisfaction." + t.satisfaction(), locale))));
        List<String> headers = List.of("operations.ticket.code", "operations.unit", "operations.ticket.instance",
                "operations.ticket.product", "operations.ticket.severity", "operations.ticket.title",
                "operations.ticket.status", "operations.ticket.reportedAt", "operations.ticket.responseDueAt",
                "operations.ticket.acknowledgedAt", "operations.ticket.responseMinutes",
                "operations.ticket.resolutionDueAt", "operations.ticket.resolvedAt",
                "operations.ticket.resolutionMinutes", "operations.ticket.overdue",
                "operations.ticket.satisfaction").stream().map(key -> text(key, locale)).toList();
        return new Excel(text("operations.tickets.title", locale), headers, rows)
                .toResponse(text("operations.tickets.fileName", locale));
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long instanceId, @RequestParam(required = false) Long systemId,
                Model model) {
        Actor actor = organization.currentActor();
        Access.requireUnitMember(actor);
        model.addAttribute("instances", subscriptions.search(new DataScope(false, java.util.Set.of(actor.unitId())),
                        new ServiceInstanceQuery(actor.unitId(), null, null, null),
                        PageRequest.of(0, 500, Sort.by("code"))).stream()
                .filter(i -> i.status() != ServiceInstanceStatus.TERMINATED).toList());
        model.addAttribute("instanceId", systemId == null ? instanceId : null);
        model.addAttribute("systems", systems.ofUnits(java.util.Set.of(actor.unitId())));
        model.addAttribute("systemId", systemId);
        model.addAttribute("severities", TicketSeverity.values());
        model.addAttribute("sla", tickets.slaTargets());
        return "operations/ticket-form";
    }

    @PostMapping
    String report(@RequestParam(required = false) Long instanceId, @RequestParam(required = false) Long systemId,
                  @RequestParam(required = false) TicketSeverity severity,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String description,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        Actor actor = organization.currentActor();
        var details = tickets.report(actor, new TicketService.TicketInput(instanceId, systemId, severity,
                title, description));
        Long id = details.ticket().id();
        if (file != null && !file.isEmpty()) {
            tickets.attach(actor, id, file);
        }
        return done(redirect, id);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        TicketService.TicketDetails details = tickets.details(actor, id);
        TicketView ticket = details.ticket();
        boolean own = Access.isMemberOf(actor, ticket.unitId());
        boolean vendor = Access.isVendor(actor);
        model.addAttribute("details", details);
        model.addAttribute("t", ticket);
        model.addAttribute("canAcknowledge", vendor && ticket.status().canMoveTo(TicketStatus.ACKNOWLEDGED));
        model.addAttribute("canStart", vendor && ticket.status().canMoveTo(TicketStatus.IN_PROGRESS));
        model.addAttribute("canResolve", vendor && ticket.status().canMoveTo(TicketStatus.RESOLVED));
        model.addAttribute("canConfirm", own && ticket.status().canMoveTo(TicketStatus.CLOSED));
        model.addAttribute("canCancel", own && ticket.status().canMoveTo(TicketStatus.CANCELLED));
        model.addAttribute("canAttach", (own || vendor) && !ticket.status().finished());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("duty", roster.current());
        return "operations/ticket";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable Long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        tickets.acknowledge(organization.currentActor(), id, note);
        return done(redirect, id);
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable Long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        tickets.start(organization.currentActor(), id, note);
        return done(redirect, id);
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable Long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        tickets.resolve(organization.currentActor(), id, note);
        return done(redirect, id);
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable Long id, @RequestParam(required = false) Satisfaction satisfaction,
                   @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        tickets.confirm(organization.currentActor(), id, satisfaction, comment);
        return done(redirect, id);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable Long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        tickets.reopen(organization.currentActor(), id, note);
        return done(redirect, id);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable Long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        tickets.cancel(organization.currentActor(), id, note);
        return done(redirect, id);
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable Long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        tickets.attach(organization.currentActor(), id, file);
        return done(redirect, id);
    }

    @GetMapping("/{id}/attachments/{fileId}")
    ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long fileId) {
        return tickets.attachment(organization.currentActor(), id, fileId);
    }

    private String done(RedirectAttributes redirect, Long id) {
        redirect.addFlashAttribute("flashMessage", text("operations.flash.saved", org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "redirect:/operations/tickets/" + id;
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
