package cn.gov.dehong.cloud.application.internal;

import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.application.ApplicationStatus;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Art. 9(一)–(五): apply, fund, aggregate, accept, review, test, go live, confirm")
class ApplicationApiController {

    private final ApplicationService applications;
    private final OrganizationDirectory organization;

    ApplicationApiController(ApplicationService applications, OrganizationDirectory organization) {
        this.applications = applications;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "申请列表 / Applications visible to the caller (own unit, subtree, or all), paged and filtered")
    Page<ApplicationSummary> list(@RequestParam(required = false) ApplicationStatus status,
                                  @RequestParam(required = false) ApplicationKind kind,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Long campaignId,
                                  @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return applications.search(organization.currentActor(), status, kind, q, campaignId, pageable);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建申请草稿 / Create a draft application of the caller's unit (unit applicant)")
    ApplicationDetails create(@Valid @RequestBody ApplicationDraft draft) {
        return applications.createDraft(organization.currentActor(), draft);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份申请 / "
            + "An application with its lines, timeline (deadline vs actual), review opinions and service instances")
    ApplicationDetails get(@PathVariable Long id) {
        return applications.details(organization.currentActor(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改草稿 / Change a draft")
    ApplicationDetails update(@PathVariable Long id, @Valid @RequestBody ApplicationDraft draft) {
        return applications.updateDraft(organization.currentActor(), id, draft);
    }

    @PostMapping(path = "/{id}/sizing-plan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传测算方案 / Attach the sizing plan (云服务资源测算方案): PDF, Word or Excel, at most 20 MB")
    ApplicationDetails attachSizingPlan(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return applications.attachSizingPlan(organization.currentActor(), id, file);
    }

    @GetMapping("/{id}/sizing-plan")
    @Operation(summary = "下载测算方案 / Download the sizing plan")
    ResponseEntity<byte[]> sizingPlan(@PathVariable Long id) {
        Attachment attachment = applications.sizingPlan(organization.currentActor(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .body(attachment.getContent());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提交申请 / Submit: requires the no-classified-information declaration and the sizing plan")
    ApplicationDetails submit(@PathVariable Long id) {
        return applications.submit(organization.currentActor(), id);
    }

    @PostMapping("/{id}/funding-decision")
    @Operation(summary = "资金落实审批 / "
            + "Same-level government secures (approved=true) or refuses the funds of a special application")
    ApplicationDetails fundingDecision(@PathVariable Long id, @Valid @RequestBody Decision decision) {
        return applications.decideFunding(organization.currentActor(), id, decision);
    }

    @PostMapping("/{id}/aggregation")
    @Operation(summary = "汇总 / Parent unit or county forwards (approved=true) or returns a centralized application")
    ApplicationDetails aggregate(@PathVariable Long id, @Valid @RequestBody Decision decision) {
        return applications.aggregate(organization.currentActor(), id, decision);
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "受理 / DEC accepts (approved=true) or refuses with a reason, within 5 working days")
    ApplicationDetails accept(@PathVariable Long id, @Valid @RequestBody Decision decision) {
        return applications.accept(organization.currentActor(), id, decision);
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "审核会签 / The caller's signature of the countersigned review (DEC reviewer or finance)")
    ApplicationDetails review(@PathVariable Long id, @Valid @RequestBody ReviewInput input) {
        return applications.review(organization.currentActor(), id, input);
    }

    @PostMapping("/{id}/kickoff")
    @Operation(summary = "供应商对接并开通测试资源 / "
            + "Vendor: kick-off done, migration plan written, test resources opened (10-day test starts)")
    ApplicationDetails kickoff(@PathVariable Long id, @Valid @RequestBody KickoffInput input) {
        return applications.kickoff(organization.currentActor(), id, input, ApplicationRules.TEST_PERIOD_DAYS);
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "确认开通 / Unit leader confirms the go-live")
    ApplicationDetails confirm(@PathVariable Long id, @Valid @RequestBody Decision decision) {
        return applications.confirm(organization.currentActor(), id, decision);
    }
}
