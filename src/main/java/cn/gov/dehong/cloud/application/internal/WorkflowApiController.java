package cn.gov.dehong.cloud.application.internal;

import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.application.RequestStatus;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** To-do and done lists, campaigns and usage plans, change and termination requests. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workflow", description = "To-do (待办), done (已办), overdue steps, campaigns, usage plans, changes, terminations")
class WorkflowApiController {

    private final StepService steps;
    private final CampaignService campaigns;
    private final ServiceRequestService requests;
    private final OrganizationDirectory organization;

    WorkflowApiController(StepService steps, CampaignService campaigns, ServiceRequestService requests,
                          OrganizationDirectory organization) {
        this.steps = steps;
        this.campaigns = campaigns;
        this.requests = requests;
        this.organization = organization;
    }

    @GetMapping("/tasks")
    @Operation(summary = "待办 / The caller's open steps (待办), with due dates")
    Page<StepView> todo(@PageableDefault(size = 20, sort = "dueAt") Pageable pageable) {
        return steps.todo(organization.currentActor(), pageable);
    }

    @GetMapping("/tasks/done")
    @Operation(summary = "已办 / Steps the caller completed (已办)")
    Page<StepView> done(@PageableDefault(size = 20, sort = "completedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return steps.done(organization.currentActor(), pageable);
    }

    @GetMapping("/tasks/overdue")
    @Operation(summary = "超期待办 / Open steps past their deadline (DEC)")
    Page<StepView> overdue(@PageableDefault(size = 20, sort = "dueAt") Pageable pageable) {
        var actor = organization.currentActor();
        if (!actor.hasAny(Role.DEC_ACCEPTOR, Role.DEC_REVIEWER, Role.AUDITOR, Role.SYSTEM_ADMIN)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return steps.overdue(pageable);
    }

    // ---- campaigns and usage plans ----

    @GetMapping("/campaigns")
    @Operation(summary = "集中申报批次 / Annual centralized application campaigns")
    List<CampaignService.CampaignView> campaigns() {
        return campaigns.campaigns();
    }

    @PostMapping("/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开启年度集中申报 / DEC opens the campaign of a budget year (once a year)")
    CampaignService.CampaignView openCampaign(@RequestBody CampaignService.CampaignInput input) {
        return campaigns.open(organization.currentActor(), input);
    }

    @PostMapping("/campaigns/{id}/close")
    @Operation(summary = "关闭集中申报 / DEC closes a campaign")
    CampaignService.CampaignView closeCampaign(@PathVariable Long id) {
        return campaigns.close(organization.currentActor(), id);
    }

    @GetMapping("/campaigns/{id}/plan-candidates")
    @Operation(summary = "待编入使用计划的申请 / Approved centralized applications waiting for the usage plan")
    List<ApplicationSummary> planCandidates(@PathVariable Long id) {
        campaigns.requirePlanReader(organization.currentActor());
        return campaigns.planCandidates(id);
    }

    @GetMapping("/campaigns/{id}/usage-plans")
    @Operation(summary = "批次的使用计划 / Usage plans of a campaign")
    List<CampaignService.PlanView> plans(@PathVariable Long id) {
        campaigns.requirePlanReader(organization.currentActor());
        return campaigns.plans(id);
    }

    record PlanSubmission(List<Long> ranking) {
    }

    @PostMapping("/campaigns/{id}/usage-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交使用计划 / DEC submits the usage plan: every candidate once, most urgent first")
    CampaignService.PlanView submitPlan(@PathVariable Long id, @RequestBody PlanSubmission submission) {
        return campaigns.submitPlan(organization.currentActor(), id, submission.ranking());
    }

    @GetMapping("/usage-plans/{id}")
    @Operation(summary = "一份年度使用计划及其排序 / One usage plan with its ranking")
    CampaignService.PlanView plan(@PathVariable Long id) {
        campaigns.requirePlanReader(organization.currentActor());
        return campaigns.plan(id);
    }

    @PostMapping("/usage-plans/{id}/decision")
    @Operation(summary = "审批使用计划 / Government approver approves or returns the usage plan")
    CampaignService.PlanView decidePlan(@PathVariable Long id, @Valid @RequestBody Decision decision) {
        return campaigns.decidePlan(organization.currentActor(), id, decision);
    }

    // ---- change and termination ----

    @GetMapping("/requests")
    @Operation(summary = "变更和终止申请列表 / Change and termination requests visible to the caller")
    Page<ServiceRequestView> requests(@RequestParam(required = false) String type,
                                      @RequestParam(required = false) RequestStatus status,
                                      @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return requests.search(organization.currentActor(), type, status, pageable);
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "一项变更或终止申请 / One change or termination request")
    ServiceRequestView request(@PathVariable Long id) {
        return requests.view(organization.currentActor(), id);
    }

    @PostMapping("/services/{instanceId}/change-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申请变更服务 / Unit asks to change a running service's configuration (Art. 9(六))")
    ServiceRequestView requestChange(@PathVariable Long instanceId, @Valid @RequestBody ChangeInput input) {
        return requests.requestChange(organization.currentActor(), instanceId, input);
    }

    @PostMapping("/change-requests/{id}/reviews")
    @Operation(summary = "变更会签 / DEC or finance signature of the change review (5 working days)")
    ServiceRequestView reviewChange(@PathVariable Long id, @Valid @RequestBody Decision decision) {
        return requests.reviewChange(organization.currentActor(), id, decision);
    }

    record ChangeCompletion(LocalDate appliedOn) {
    }

    @PostMapping("/change-requests/{id}/completion")
    @Operation(summary = "供应商完成变更 / Vendor applied the change (5 working days); copied to DEC and finance")
    ServiceRequestView completeChange(@PathVariable Long id, @RequestBody ChangeCompletion completion) {
        return requests.completeChange(organization.currentActor(), id, completion.appliedOn());
    }

    @PostMapping("/services/{instanceId}/termination-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申请终止服务 / Unit asks to terminate a service, confirming offline and data backup (Art. 9(七))")
    ServiceRequestView requestTermination(@PathVariable Long instanceId, @Valid @RequestBody TerminationInput input) {
        return requests.requestTermination(organization.currentActor(), instanceId, input);
    }

    @PostMapping("/termination-requests/{id}/review")
    @Operation(summary = "审核终止申请 / DEC reviews the termination (5 working days)")
    ServiceRequestView reviewTermination(@PathVariable Long id, @Valid @RequestBody Decision decision) {
        return requests.reviewTermination(organization.currentActor(), id, decision);
    }

    @PostMapping("/termination-requests/{id}/decommission")
    @Operation(summary = "供应商终止服务并移交数据 / Vendor ends the service, records data handover and purge (Art. 23)")
    ServiceRequestView decommission(@PathVariable Long id, @Valid @RequestBody DecommissionInput input) {
        return requests.decommission(organization.currentActor(), id, input);
    }
}
