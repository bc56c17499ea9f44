package cn.gov.dehong.cloud.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.project.ProjectStatus;
import cn.gov.dehong.cloud.project.ProjectSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Standalone projects", description = "Art. 6: a unit's plan for a system of its own, the DEC's and the "
        + "finance bureau's review opinions, the prefecture government's decision")
class ProjectApiController {

    private final ProjectService projects;
    private final OrganizationDirectory organization;

    ProjectApiController(ProjectService projects, OrganizationDirectory organization) {
        this.projects = projects;
        this.organization = organization;
    }

    record OpinionInput(boolean supported, String opinion) {
    }

    record DecisionInput(boolean approved, String comment) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交自建项目方案 / "
            + "A unit applicant submits a project plan: fields title, justification (why the platform's "
            + "software cannot serve), scope, budget (CNY), plannedGoLive (ISO date); part 'plan' (the plan document, "
            + "required: PDF, Word or Excel) and optional parts 'attachments'. Without the plan: 400, nothing stored")
    ProjectService.ProjectView submit(@RequestParam(required = false) String title,
                                      @RequestParam(required = false) String justification,
                                      @RequestParam(required = false) String scope,
                                      @RequestParam(required = false) BigDecimal budget,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate plannedGoLive,
                                      @RequestPart(name = "plan", required = false) MultipartFile plan,
                                      @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) {
        return projects.submit(organization.currentActor(),
                new ProjectRules.ProjectInput(title, justification, scope, budget, plannedGoLive),
                ProjectFiles.read(plan), ProjectFiles.read(attachments));
    }

    @GetMapping
    @Operation(summary = "自建项目列表 / Projects in the caller's data scope, optionally by status")
    Page<ProjectSummary> list(@RequestParam(required = false) ProjectStatus status,
                              @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return projects.search(organization.currentActor(), status, pageable);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个自建项目 / A project with its documents, opinions and timeline (deadline vs actual)")
    ProjectService.ProjectView get(@PathVariable Long id) {
        return projects.view(organization.currentActor(), id);
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "下载项目文档 / Download a document of the project")
    ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable Long documentId) {
        return ProjectFiles.download(projects.document(organization.currentActor(), id, documentId));
    }

    @PostMapping("/{id}/opinions")
    @Operation(summary = "提出审核意见 / "
            + "The DEC reviewer or the finance bureau gives its review opinion {supported, opinion}; "
            + "when both are in, the plan goes to the prefecture government")
    ProjectService.ProjectView opinion(@PathVariable Long id, @RequestBody OpinionInput input) {
        return projects.giveOpinion(organization.currentActor(), id, input.supported(), input.opinion());
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "州政府决定 / "
            + "The prefecture government approves or rejects {approved, comment}; a rejection needs a reason")
    ProjectService.ProjectView decide(@PathVariable Long id, @RequestBody DecisionInput input) {
        return projects.decide(organization.currentActor(), id, input.approved(), input.comment());
    }
}
