package cn.gov.dehong.cloud.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.project.ProjectStatus;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.shared.Excel;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of standalone projects: the units' plans, the DEC's and finance's opinions, the government's decision. */
@Controller
class ProjectPageController {

    private final ProjectService projects;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    ProjectPageController(ProjectService projects, OrganizationDirectory organization, MessageSource messages) {
        this.projects = projects;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/projects")
    String list(@RequestParam(required = false) ProjectStatus status,
                @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable,
                Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", projects.search(actor, status, pageable));
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("canSubmit", actor.has(Role.UNIT_APPLICANT));
        return "project/list";
    }

    @GetMapping("/projects/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) ProjectStatus status) {
        var rows = projects.search(organization.currentActor(), status,
                        PageRequest.of(0, 10_000, Sort.by(Sort.Direction.DESC, "id")))
                .getContent().stream()
                .map(p -> List.<Object>of(p.code(), p.unitName(), p.title(), p.budget(), p.plannedGoLive().toString(),
                        msg("project.status." + p.status())))
                .toList();
        return new Excel(msg("project.title"), List.of(msg("project.code"), msg("project.unit"),
                msg("project.name"), msg("project.budget"), msg("project.plannedGoLive"), msg("project.statusLabel")),
                rows).toResponse("projects");
    }

    @PostMapping("/projects")
    String submit(@RequestParam(required = false) String title, @RequestParam(required = false) String justification,
                  @RequestParam(required = false) String scope, @RequestParam(required = false) String budget,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedGoLive,
                  @RequestParam(name = "plan", required = false) MultipartFile plan,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  RedirectAttributes redirect) {
        var project = projects.submit(organization.currentActor(),
                new ProjectRules.ProjectInput(title, justification, scope, money(budget), plannedGoLive),
                ProjectFiles.read(plan), ProjectFiles.read(attachments));
        redirect.addFlashAttribute("flashMessage", msg("project.flash.submitted"));
        return "redirect:/projects/" + project.id();
    }

    @GetMapping("/projects/{id}")
    String detail(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        var project = projects.view(actor, id);
        model.addAttribute("project", project);
        model.addAttribute("actions", ProjectService.actions(actor, project));
        return "project/detail";
    }

    @GetMapping("/projects/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable Long documentId) {
        return ProjectFiles.download(projects.document(organization.currentActor(), id, documentId));
    }

    @PostMapping("/projects/{id}/opinions")
    String opinion(@PathVariable Long id, @RequestParam boolean supported, @RequestParam(required = false) String opinion,
                   RedirectAttributes redirect) {
        projects.giveOpinion(organization.currentActor(), id, supported, opinion);
        redirect.addFlashAttribute("flashMessage", msg("project.flash.done"));
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/decision")
    String decide(@PathVariable Long id, @RequestParam boolean approved, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        projects.decide(organization.currentActor(), id, approved, comment);
        redirect.addFlashAttribute("flashMessage", msg("project.flash.done"));
        return "redirect:/projects/" + id;
    }

    private static BigDecimal money(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw BusinessRuleException.invalid("project.error.budget");
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
