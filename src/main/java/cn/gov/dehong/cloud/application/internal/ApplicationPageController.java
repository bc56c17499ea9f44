package cn.gov.dehong.cloud.application.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.application.ApplicationStatus;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.Excel;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of an application: list, form, detail with its timeline, and the form of each step. */
@Controller
class ApplicationPageController {

    private static final java.time.format.DateTimeFormatter SHANGHAI_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(cn.gov.dehong.cloud.calendar.WorkingDayCalendar.ZONE);

    private final ApplicationService applications;
    private final CampaignService campaigns;
    private final StepService steps;
    private final CatalogManagement catalog;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    ApplicationPageController(ApplicationService applications, CampaignService campaigns, StepService steps,
                              CatalogManagement catalog, OrganizationDirectory organization, MessageSource messages) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.steps = steps;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    // ---- to-do / done ----

    @GetMapping("/tasks")
    String tasks(@RequestParam(defaultValue = "todo") String tab,
                 @PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        Page<StepView> page = "done".equals(tab)
                ? steps.done(actor, withSort(pageable, Sort.by(Sort.Direction.DESC, "completedAt")))
                : steps.todo(actor, withSort(pageable, Sort.by("dueAt")));
        model.addAttribute("page", page);
        model.addAttribute("tab", tab);
        model.addAttribute("openCount", steps.openCount(actor));
        return "application/tasks";
    }

    @GetMapping("/tasks/overdue")
    String overdue(@PageableDefault(size = 20, sort = "dueAt") Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        if (!actor.hasAny(Role.DEC_ACCEPTOR, Role.DEC_REVIEWER, Role.AUDITOR, Role.SYSTEM_ADMIN)) {
            throw cn.gov.dehong.cloud.shared.BusinessRuleException.forbidden("error.forbidden");
        }
        model.addAttribute("page", steps.overdue(pageable));
        return "application/overdue";
    }

    // ---- list ----

    @GetMapping("/applications")
    String list(@RequestParam(required = false) ApplicationStatus status,
                @RequestParam(required = false) ApplicationKind kind, @RequestParam(required = false) String q,
                @RequestParam(required = false) Long campaignId,
                @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", applications.search(actor, status, kind, q, campaignId, pageable));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("kinds", ApplicationKind.values());
        model.addAttribute("canApply", actor.has(Role.UNIT_APPLICANT));
        model.addAttribute("openCampaigns", campaigns.campaigns().stream().filter(CampaignService.CampaignView::open).toList());
        return "application/list";
    }

    @GetMapping("/applications/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) ApplicationStatus status,
                                  @RequestParam(required = false) ApplicationKind kind,
                                  @RequestParam(required = false) String q) {
        Actor actor = organization.currentActor();
        var rows = applications.search(actor, status, kind, q, null,
                        PageRequest.of(0, 10_000, Sort.by(Sort.Direction.DESC, "id"))).getContent().stream()
                .map(a -> List.<Object>of(a.code(), msg("kind." + a.kind()), a.unitName(), a.systemName(),
                        msg("zone." + a.zone()), msg("status.application." + a.status()),
                        a.estimatedMonthlyFee() == null ? 0 : a.estimatedMonthlyFee(),
                        a.submittedAt() == null ? "" : SHANGHAI_TIME.format(a.submittedAt())))
                .toList();
        return new Excel(msg("nav.applications"), List.of(msg("app.code"), msg("app.kind"), msg("app.unit"),
                msg("app.systemName"), msg("app.zone"), msg("app.status"), msg("app.fee"), msg("app.submittedAt")),
                rows).toResponse("applications");
    }

    // ---- form ----

    @GetMapping("/applications/new")
    String newForm(@RequestParam(defaultValue = "SPECIAL") ApplicationKind kind,
                   @RequestParam(required = false) Long campaignId, Model model) {
        return form(model, ApplicationForm.blank(kind, campaignId), null);
    }

    @PostMapping("/applications")
    String create(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (rejectInvalid(form, errors, model, response, null)) {
            return form(model, form, null);
        }
        ApplicationDetails created = applications.createDraft(organization.currentActor(), form.toDraft());
        redirect.addFlashAttribute("flashMessage", msg("flash.draftSaved"));
        return "redirect:/applications/" + created.id();
    }

    @GetMapping("/applications/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        ApplicationDetails details = applications.details(organization.currentActor(), id);
        return form(model, ApplicationForm.of(details), details);
    }

    @PostMapping("/applications/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ApplicationDetails details = applications.details(organization.currentActor(), id);
        if (rejectInvalid(form, errors, model, response, details)) {
            return form(model, form, details);
        }
        applications.updateDraft(organization.currentActor(), id, form.toDraft());
        redirect.addFlashAttribute("flashMessage", msg("flash.draftSaved"));
        return "redirect:/applications/" + id;
    }

    private boolean rejectInvalid(ApplicationForm form, BindingResult errors, Model model, HttpServletResponse response,
                                  ApplicationDetails details) {
        if (form.hasNoLines()) {
            errors.reject("application.error.noLines");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            form.fillRows();
            return true;
        }
        return false;
    }

    private String form(Model model, ApplicationForm form, ApplicationDetails details) {
        model.addAttribute("form", form);
        model.addAttribute("existing", details);
        model.addAttribute("products", catalog.products().stream().filter(p -> p.active()).toList());
        model.addAttribute("zones", PlatformZone.values());
        model.addAttribute("campaigns", campaigns.campaigns().stream().filter(CampaignService.CampaignView::open).toList());
        return "application/form";
    }

    // ---- detail and steps ----

    @GetMapping("/applications/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        ApplicationDetails details = applications.details(actor, id);
        Set<String> actions = details.timeline().stream()
                .filter(step -> step.completedAt() == null && actor.groups().contains(step.candidateGroup()))
                .map(StepView::stepKey).collect(Collectors.toSet());
        boolean owner = actor.has(Role.UNIT_APPLICANT) && actor.unitId().equals(details.unitId());
        model.addAttribute("app", details);
        model.addAttribute("actions", actions);
        model.addAttribute("canEdit", owner && details.status() == ApplicationStatus.DRAFT);
        model.addAttribute("today", applications.today());
        return "application/detail";
    }

    @PostMapping("/applications/{id}/sizing-plan")
    String upload(@PathVariable Long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        applications.attachSizingPlan(organization.currentActor(), id, file);
        redirect.addFlashAttribute("flashMessage", msg("flash.uploaded"));
        return "redirect:/applications/" + id;
    }

    @GetMapping("/applications/{id}/sizing-plan")
    ResponseEntity<byte[]> download(@PathVariable Long id) {
        Attachment attachment = applications.sizingPlan(organization.currentActor(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .body(attachment.getContent());
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable Long id, RedirectAttributes redirect) {
        applications.submit(organization.currentActor(), id);
        return done(id, redirect, "flash.submitted");
    }

    @PostMapping("/applications/{id}/funding-decision")
    String funding(@PathVariable Long id, @RequestParam boolean approved, @RequestParam(required = false) String comment,
                   RedirectAttributes redirect) {
        applications.decideFunding(organization.currentActor(), id, new Decision(approved, comment));
        return done(id, redirect, "flash.done");
    }

    @PostMapping("/applications/{id}/aggregation")
    String aggregate(@PathVariable Long id, @RequestParam boolean approved, @RequestParam(required = false) String comment,
                     RedirectAttributes redirect) {
        applications.aggregate(organization.currentActor(), id, new Decision(approved, comment));
        return done(id, redirect, "flash.done");
    }

    @PostMapping("/applications/{id}/acceptance")
    String accept(@PathVariable Long id, @RequestParam boolean approved, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        applications.accept(organization.currentActor(), id, new Decision(approved, comment));
        return done(id, redirect, "flash.done");
    }

    @PostMapping("/applications/{id}/reviews")
    String review(@PathVariable Long id, @Valid ReviewInput input, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            throw cn.gov.dehong.cloud.shared.BusinessRuleException.invalid("error.validation");
        }
        applications.review(organization.currentActor(), id, input);
        return done(id, redirect, "flash.done");
    }

    @PostMapping("/applications/{id}/kickoff")
    String kickoff(@PathVariable Long id, @Valid KickoffInput input, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            throw cn.gov.dehong.cloud.shared.BusinessRuleException.invalid("error.validation");
        }
        applications.kickoff(organization.currentActor(), id, input, ApplicationRules.TEST_PERIOD_DAYS);
        return done(id, redirect, "flash.done");
    }

    @PostMapping("/applications/{id}/confirmation")
    String confirm(@PathVariable Long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        applications.confirm(organization.currentActor(), id, new Decision(true, comment));
        return done(id, redirect, "flash.done");
    }

    private String done(Long id, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flashMessage", msg(key));
        return "redirect:/applications/" + id;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    static Pageable withSort(Pageable pageable, Sort fallback) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), fallback);
    }
}
