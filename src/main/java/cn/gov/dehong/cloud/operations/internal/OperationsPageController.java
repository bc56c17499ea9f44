package cn.gov.dehong.cloud.operations.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.operations.DrillKind;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The operations home page, the duty roster, bulletins, drills and custody pages. */
@Controller
@RequestMapping("/operations")
class OperationsPageController {

    private final DutyRoster roster;
    private final BulletinService bulletins;
    private final DrillService drills;
    private final CustodyService custody;
    private final TicketService tickets;
    private final IncidentService incidents;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final java.time.Clock clock;

    OperationsPageController(DutyRoster roster, BulletinService bulletins, DrillService drills, CustodyService custody,
                             TicketService tickets, IncidentService incidents, OrganizationDirectory organization,
                             MessageSource messages, java.time.Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
        this.roster = roster;
        this.bulletins = bulletins;
        this.drills = drills;
        this.custody = custody;
        this.tickets = tickets;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String index(Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("duty", roster.current());
        model.addAttribute("bulletins", bulletins.list(PageRequest.of(0, 3, Sort.by(Sort.Direction.DESC, "month")))
                .getContent());
        boolean supervises = Access.isVendor(actor) || Access.isSupervisor(actor);
        model.addAttribute("supervises", supervises);
        if (supervises) {
            model.addAttribute("overdueTickets", tickets.overdue(actor, PageRequest.of(0, 1)).getTotalElements());
            model.addAttribute("missingMonths", bulletins.missingMonths());
            model.addAttribute("drillFlags", drills.flags());
            model.addAttribute("custodyFlagged", custody.flagged(actor));
            model.addAttribute("unmappedIncidents", incidents.list(actor, true, PageRequest.of(0, 1)).getTotalElements());
        }
        return "operations/index";
    }

    // ---- duty roster ----

    @GetMapping("/duty")
    String duty(@RequestParam(defaultValue = "false") boolean all, @PageableDefault(size = 50) Pageable pageable,
                Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", roster.roster(all, PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 200), Sort.by("startsAt").and(Sort.by("id")))));
        model.addAttribute("duty", roster.current());
        model.addAttribute("all", all);
        model.addAttribute("isVendor", Access.isVendor(actor));
        return "operations/duty";
    }

    @PostMapping("/duty")
    String publishShift(@RequestParam(required = false) String personName, @RequestParam(required = false) String phone,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
                        @RequestParam(required = false) String note, RedirectAttributes redirect) {
        roster.publish(organization.currentActor(), new DutyRoster.ShiftInput(personName, phone, startsAt, endsAt, note));
        return saved(redirect, "/operations/duty");
    }

    @PostMapping("/duty/{id}/withdraw")
    String withdrawShift(@PathVariable Long id, RedirectAttributes redirect) {
        roster.withdraw(organization.currentActor(), id);
        return saved(redirect, "/operations/duty");
    }

    // ---- bulletins ----

    @GetMapping("/bulletins")
    String bulletins(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", bulletins.list(PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 100), Sort.by(Sort.Direction.DESC, "month"))));
        model.addAttribute("isVendor", Access.isVendor(actor));
        if (Access.isVendor(actor) || Access.isSupervisor(actor)) {
            model.addAttribute("missingMonths", bulletins.missingMonths());
        }
        model.addAttribute("defaultMonth", YearMonth.from(LocalDate.ofInstant(clock.instant(),
                cn.gov.dehong.cloud.calendar.WorkingDayCalendar.ZONE)));
        return "operations/bulletins";
    }

    @PostMapping("/bulletins")
    String publishBulletin(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                           @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                           @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        var bulletin = bulletins.publish(organization.currentActor(), new BulletinService.BulletinInput(month, title, body),
                file);
        return saved(redirect, "/operations/bulletins/" + bulletin.id());
    }

    @GetMapping("/bulletins/{id}")
    String bulletin(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("b", bulletins.read(actor, id, true));
        if (Access.isVendor(actor) || Access.isSupervisor(actor)) {
            model.addAttribute("readers", bulletins.readers(actor, id));
        }
        return "operations/bulletin";
    }

    @GetMapping("/bulletins/{id}/files/{fileId}")
    ResponseEntity<byte[]> bulletinFile(@PathVariable Long id, @PathVariable Long fileId) {
        organization.currentActor();
        return bulletins.attachment(id, fileId);
    }

    // ---- drills ----

    @GetMapping("/drills")
    String drills(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", drills.list(actor, PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 100), Sort.by(Sort.Direction.DESC, "windowStart", "id"))));
        model.addAttribute("isVendor", Access.isVendor(actor));
        if (Access.isVendor(actor) || Access.isSupervisor(actor)) {
            model.addAttribute("flags", drills.flags());
        }
        if (Access.isVendor(actor)) {
            model.addAttribute("units", agencies());
            model.addAttribute("kinds", DrillKind.values());
        }
        return "operations/drills";
    }

    @PostMapping("/drills")
    String planDrill(@RequestParam(required = false) DrillKind kind, @RequestParam(required = false) String title,
                     @RequestParam(required = false) String scenario,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime windowStart,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime windowEnd,
                     @RequestParam(required = false) List<Long> unitIds,
                     @RequestParam(defaultValue = "false") boolean noBusinessImpact, RedirectAttributes redirect) {
        var drill = drills.plan(organization.currentActor(), new DrillService.DrillInput(kind, title, scenario,
                windowStart, windowEnd, unitIds, noBusinessImpact));
        return saved(redirect, "/operations/drills/" + drill.id());
    }

    @GetMapping("/drills/{id}")
    String drill(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        DrillService.DrillView drill = drills.details(actor, id);
        model.addAttribute("d", drill);
        model.addAttribute("isVendor", Access.isVendor(actor));
        model.addAttribute("mine", Access.isUnitMember(actor) ? drill.participants().stream()
                .filter(p -> p.unitId().equals(actor.unitId())).findFirst().orElse(null) : null);
        return "operations/drill";
    }

    @PostMapping("/drills/{id}/acknowledge")
    String acknowledgeDrill(@PathVariable Long id, RedirectAttributes redirect) {
        drills.acknowledge(organization.currentActor(), id);
        return saved(redirect, "/operations/drills/" + id);
    }

    @PostMapping("/drills/{id}/participation")
    String participation(@PathVariable Long id, @RequestParam(required = false) Boolean participated,
                         @RequestParam(required = false) String findings, RedirectAttributes redirect) {
        drills.recordParticipation(organization.currentActor(), id, participated, findings);
        return saved(redirect, "/operations/drills/" + id);
    }

    @PostMapping("/drills/{id}/report")
    String drillReport(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
                       @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        drills.attachReport(organization.currentActor(), id, file, summary);
        return saved(redirect, "/operations/drills/" + id);
    }

    @GetMapping("/drills/{id}/files/{fileId}")
    ResponseEntity<byte[]> drillFile(@PathVariable Long id, @PathVariable Long fileId) {
        return drills.report(organization.currentActor(), id, fileId);
    }

    // ---- custody ----

    @GetMapping("/custody")
    String custody(Model model) {
        Actor actor = organization.currentActor();
        List<CustodyService.AgreementView> agreements = custody.agreements(actor);
        model.addAttribute("agreements", agreements);
        model.addAttribute("devices", custody.devices(actor));
        model.addAttribute("isVendor", Access.isVendor(actor));
        if (Access.isVendor(actor)) {
            model.addAttribute("units", agencies());
        }
        return "operations/custody";
    }

    @PostMapping("/custody/agreements")
    String registerAgreement(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String agreementNo,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                             @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        custody.registerAgreement(organization.currentActor(),
                new CustodyService.AgreementInput(unitId, agreementNo, startsOn, endsOn), file);
        return saved(redirect, "/operations/custody");
    }

    @PostMapping("/custody/devices")
    String registerDevice(@RequestParam(required = false) Long agreementId, @RequestParam(required = false) String assetTag,
                          @RequestParam(required = false) String rackPosition,
                          @RequestParam(required = false) String description,
                          @RequestParam(required = false) Long instanceId, RedirectAttributes redirect) {
        custody.registerDevice(organization.currentActor(),
                new CustodyService.DeviceInput(agreementId, assetTag, rackPosition, description, instanceId));
        return saved(redirect, "/operations/custody");
    }

    @GetMapping("/custody/agreements/{id}/files/{fileId}")
    ResponseEntity<byte[]> agreementFile(@PathVariable Long id, @PathVariable Long fileId) {
        return custody.agreementFile(organization.currentActor(), id, fileId);
    }

    private List<UnitView> agencies() {
        return organization.units().stream().filter(UnitView::isAgency).toList();
    }

    private String saved(RedirectAttributes redirect, String target) {
        redirect.addFlashAttribute("flashMessage", messages.getMessage("operations.flash.saved", null,
                LocaleContextHolder.getLocale()));
        return "redirect:" + target;
    }
}
