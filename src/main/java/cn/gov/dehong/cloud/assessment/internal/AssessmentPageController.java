package cn.gov.dehong.cloud.assessment.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.dehong.cloud.billing.VendorPenalties;
import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * Pages of the vendor assessment: the DEC's list, creation, inputs breakdown, sign-off, penalty link, rules, merits
 * and surveys; the units' surveys to answer; the vendor's signed-off results; finance and auditors read-only.
 */
@Controller
@RequestMapping("/assessments")
class AssessmentPageController {

    private final AssessmentService assessments;
    private final RuleService rules;
    private final MeritService merits;
    private final SurveyService surveys;
    private final AssessmentExport export;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    AssessmentPageController(AssessmentService assessments, RuleService rules, MeritService merits,
                             SurveyService surveys, AssessmentExport export, OrganizationDirectory organization,
                             MessageSource messages) {
        this.assessments = assessments;
        this.rules = rules;
        this.merits = merits;
        this.surveys = surveys;
        this.export = export;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String list(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        if (!AssessmentAccess.readsAll(actor) && !actor.has(Role.VENDOR_OPERATOR)) {
            return "redirect:/assessments/surveys";
        }
        model.addAttribute("page", assessments.list(actor, PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 100), Sort.by(Sort.Direction.DESC, "startsOn", "periodKind"))));
        common(actor, model);
        return "assessment/list";
    }

    @PostMapping
    String create(@RequestParam(required = false) String period, RedirectAttributes redirect) {
        AssessmentView created = assessments.create(organization.currentActor(), period);
        saved(redirect);
        return "redirect:/assessments/" + created.id();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("a", assessments.get(actor, id));
        model.addAttribute("canPenalty", AssessmentAccess.isDec(actor) || actor.has(Role.FINANCE));
        model.addAttribute("penaltyKinds", VendorPenalties.Kind.values());
        common(actor, model);
        return "assessment/detail";
    }

    @PostMapping("/{id}/recompute")
    String recompute(@PathVariable Long id, RedirectAttributes redirect) {
        assessments.recompute(organization.currentActor(), id);
        saved(redirect);
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/{id}/sign-off")
    String signOff(@PathVariable Long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        assessments.signOff(organization.currentActor(), id, note);
        saved(redirect);
        return "redirect:/assessments/" + id;
    }

    @PostMapping("/{id}/penalty")
    String penalty(@PathVariable Long id, @RequestParam(required = false) VendorPenalties.Kind kind,
                   @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String period,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        assessments.linkPenalty(organization.currentActor(), id,
                new AssessmentService.PenaltyRequest(kind, amount, period, reason));
        saved(redirect);
        return "redirect:/assessments/" + id;
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable Long id) {
        AssessmentView view = assessments.get(organization.currentActor(), id);
        return export.excel(view, LocaleContextHolder.getLocale()).toResponse("vendor-assessment-" + view.period());
    }

    @GetMapping("/rules")
    String rules(Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("versions", rules.versions(actor));
        model.addAttribute("current", rules.current(actor).rules());
        common(actor, model);
        return "assessment/rules";
    }

    @PostMapping("/rules")
    String publish(@RequestParam int weightResponse, @RequestParam int weightSatisfaction,
                   @RequestParam int weightQuality, @RequestParam int weightMerits,
                   @RequestParam BigDecimal pointsUnsatisfied, @RequestParam BigDecimal pointsSatisfied,
                   @RequestParam BigDecimal pointsVerySatisfied, @RequestParam int surveyShare,
                   @RequestParam BigDecimal availabilityTarget, @RequestParam BigDecimal availabilityFloor,
                   @RequestParam BigDecimal criticalDeduction, @RequestParam BigDecimal meritBase,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        rules.publish(organization.currentActor(), new RuleSet(weightResponse, weightSatisfaction, weightQuality,
                weightMerits, pointsUnsatisfied, pointsSatisfied, pointsVerySatisfied, surveyShare, availabilityTarget,
                availabilityFloor, criticalDeduction, meritBase), note);
        saved(redirect);
        return "redirect:/assessments/rules";
    }

    @GetMapping("/merits")
    String merits(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", merits.list(actor, PageRequest.of(pageable.getPageNumber(),
                Math.min(pageable.getPageSize(), 100))));
        model.addAttribute("kinds", Merit.Kind.values());
        common(actor, model);
        return "assessment/merits";
    }

    @PostMapping("/merits")
    String recordMerit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awardedOn,
                       @RequestParam(required = false) Merit.Kind kind, @RequestParam(required = false) String title,
                       @RequestParam(required = false) String description,
                       @RequestParam(required = false) BigDecimal points,
                       @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        merits.record(organization.currentActor(), new MeritService.MeritInput(awardedOn, kind, title, description,
                points), file == null || file.isEmpty() ? null
                : new MeritService.Evidence(file.getOriginalFilename(), file.getBytes()));
        saved(redirect);
        return "redirect:/assessments/merits";
    }

    @GetMapping("/merits/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable Long id) {
        MeritService.Evidence evidence = merits.evidence(organization.currentActor(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(evidence.content());
    }

    @GetMapping("/surveys")
    String surveys(Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("surveys", surveys.list(actor));
        model.addAttribute("satisfactions", Satisfaction.values());
        common(actor, model);
        return "assessment/surveys";
    }

    @PostMapping("/surveys")
    String openSurvey(@RequestParam(required = false) String period, @RequestParam(required = false) String title,
                      RedirectAttributes redirect) {
        surveys.open(organization.currentActor(), period, title);
        saved(redirect);
        return "redirect:/assessments/surveys";
    }

    @GetMapping("/surveys/{id}")
    String survey(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("results", surveys.results(actor, id));
        common(actor, model);
        return "assessment/survey";
    }

    @PostMapping("/surveys/{id}/close")
    String closeSurvey(@PathVariable Long id, RedirectAttributes redirect) {
        surveys.close(organization.currentActor(), id);
        saved(redirect);
        return "redirect:/assessments/surveys";
    }

    @PostMapping("/surveys/{id}/answer")
    String answer(@PathVariable Long id, @RequestParam(required = false) Satisfaction satisfaction,
                  @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        surveys.answer(organization.currentActor(), id, satisfaction, comment);
        saved(redirect);
        return "redirect:/assessments/surveys";
    }

    private static void common(Actor actor, Model model) {
        model.addAttribute("isDec", AssessmentAccess.isDec(actor));
        model.addAttribute("readsAll", AssessmentAccess.readsAll(actor));
        model.addAttribute("isUnit", actor.hasAny(Role.UNIT_APPLICANT, Role.UNIT_LEADER));
    }

    private void saved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashMessage", messages.getMessage("assessment.flash.saved", null,
                LocaleContextHolder.getLocale()));
    }
}
