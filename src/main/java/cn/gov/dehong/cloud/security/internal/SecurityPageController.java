package cn.gov.dehong.cloud.security.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.security.AccessAction;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security page: what the caller may see of systems, grants, sessions and findings, and the forms of the actions
 * the caller's role performs (the vendor requests access and records sessions, the unit leader decides grants).
 */
@Controller
@RequestMapping("/security")
class SecurityPageController {

    static final String HOME = "/security";
    private static final int INSTANCE_LIMIT = 500;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final SystemService systems;
    private final AccessService access;
    private final InspectionService inspections;
    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final SecurityPageActions actions;
    private final SecrecyReportService secrecy;
    private final Clock clock;

    SecurityPageController(SystemService systems, AccessService access, InspectionService inspections,
                           SubscriptionManagement subscriptions, OrganizationDirectory organization,
                           SecurityPageActions actions, SecrecyReportService secrecy, Clock clock) {
        this.systems = systems;
        this.access = access;
        this.inspections = inspections;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.actions = actions;
        this.secrecy = secrecy;
        this.clock = clock;
    }

    @GetMapping
    String index(@RequestParam(defaultValue = "false") boolean overdue, Model model) {
        Actor actor = organization.currentActor();
        boolean unitMember = SecurityAccess.isUnitMember(actor);
        boolean vendor = SecurityAccess.isVendor(actor);
        boolean inspector = actor.has(Role.SECURITY_VIEWER);
        boolean readsSystems = SecurityAccess.isSupervisor(actor) || unitMember;
        List<SystemService.SystemView> systemList = readsSystems ? systems.list(actor, false) : List.of();
        model.addAttribute("systems", systemList);
        model.addAttribute("systemNames", systemList.stream()
                .collect(Collectors.toMap(SystemService.SystemView::id, SystemService.SystemView::name)));
        model.addAttribute("readsSystems", readsSystems);
        model.addAttribute("findings", readsSystems ? inspections.findings(actor, overdue) : List.of());
        model.addAttribute("overdueFindings", overdue);
        model.addAttribute("coDepartments", EnumSet.complementOf(EnumSet.of(Inspection.Department.CAC)));
        boolean readsAccess = readsSystems || vendor;
        model.addAttribute("readsAccess", readsAccess);
        model.addAttribute("grants", readsAccess ? access.grants(actor, false) : List.of());
        model.addAttribute("sessions", readsAccess ? access.sessions(actor, false) : List.of());
        model.addAttribute("isVendor", vendor);
        model.addAttribute("isUnitMember", unitMember);
        model.addAttribute("isLeader", actor.has(Role.UNIT_LEADER));
        model.addAttribute("isInspector", inspector);
        model.addAttribute("isSecrecyBureau", secrecy.isBureau(actor));
        model.addAttribute("unitId", actor.unitId());
        model.addAttribute("resources", vendor ? access.resources(actor) : List.of());
        model.addAttribute("accessActions", AccessAction.values());
        model.addAttribute("risks", Finding.Risk.values());
        model.addAttribute("instances", vendor ? openInstances() : List.of());
        model.addAttribute("inspections", inspector ? inspections.inspections(actor) : List.of());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), WorkingDayCalendar.ZONE).truncatedTo(ChronoUnit.MINUTES);
        model.addAttribute("defaultFrom", LOCAL.format(now));
        model.addAttribute("defaultUntil", LOCAL.format(now.plusHours(8)));
        return "security/index";
    }

    @PostMapping("/grants")
    String request(@RequestParam(required = false) Long instanceId, @RequestParam(required = false) String purpose,
                   @RequestParam(name = "actions", required = false) Set<AccessAction> requested,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                   LocalDateTime validFrom,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                   LocalDateTime validUntil, RedirectAttributes redirect) {
        return actions.act(redirect, HOME + "#grants", "security.page.grantRequested",
                () -> access.request(organization.currentActor(), new AccessService.GrantRequest(instanceId, purpose,
                        requested == null ? EnumSet.noneOf(AccessAction.class) : requested,
                        SecurityPageActions.instant(validFrom), SecurityPageActions.instant(validUntil))));
    }

    @PostMapping("/grants/{id}/approve")
    String approve(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return actions.act(redirect, HOME + "#grants", "security.page.grantApproved",
                () -> access.approve(organization.currentActor(), id, new AccessService.Decision(version, null)));
    }

    @PostMapping("/grants/{id}/refuse")
    String refuse(@PathVariable Long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return actions.act(redirect, HOME + "#grants", "security.page.grantRefused",
                () -> access.refuse(organization.currentActor(), id, new AccessService.Decision(version, reason)));
    }

    @PostMapping("/sessions")
    String session(@RequestParam(required = false) Long instanceId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                   LocalDateTime startedAt,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                   LocalDateTime endedAt,
                   @RequestParam(name = "actions", required = false) Set<AccessAction> performed,
                   @RequestParam(required = false) String description, RedirectAttributes redirect) {
        return actions.act(redirect, HOME + "#sessions", () -> {
            AccessService.SessionView session = access.recordSession(organization.currentActor(),
                    new AccessService.SessionInput(instanceId, null, SecurityPageActions.instant(startedAt),
                            SecurityPageActions.instant(endedAt),
                            performed == null ? EnumSet.noneOf(AccessAction.class) : performed, description));
            return actions.text(session.violation() == null ? "security.page.sessionRecorded"
                    : "security.page.sessionViolation");
        });
    }

    /** What a vendor operator may ask access to: every instance not terminated (the unit decides). */
    private List<ServiceInstanceView> openInstances() {
        return subscriptions.search(DataScope.everything(), new ServiceInstanceQuery(null, null, null, null),
                        PageRequest.of(0, INSTANCE_LIMIT, Sort.by(Sort.Direction.DESC, "id"))).stream()
                .filter(i -> i.status() != ServiceInstanceStatus.TERMINATED).toList();
    }
}
