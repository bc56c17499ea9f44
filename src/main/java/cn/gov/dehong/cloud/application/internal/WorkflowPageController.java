package cn.gov.dehong.cloud.application.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.application.RequestStatus;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of campaigns and usage plans (Art. 9(一)1, 9(三)) and of change and termination requests (Art. 9(六)(七)). */
@Controller
class WorkflowPageController {

    private final CampaignService campaigns;
    private final ServiceRequestService requests;
    private final SubscriptionManagement subscriptions;
    private final StepService steps;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    WorkflowPageController(CampaignService campaigns, ServiceRequestService requests,
                           SubscriptionManagement subscriptions, StepService steps, OrganizationDirectory organization,
                           MessageSource messages) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.subscriptions = subscriptions;
        this.steps = steps;
        this.organization = organization;
        this.messages = messages;
    }

    // ---- campaigns and usage plans ----

    @GetMapping("/campaigns")
    String campaigns(Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("campaigns", campaigns.campaigns());
        model.addAttribute("isDec", actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR));
        model.addAttribute("nextYear", LocalDate.now(cn.gov.dehong.cloud.calendar.WorkingDayCalendar.ZONE).getYear() + 1);
        return "application/campaigns";
    }

    @PostMapping("/campaigns")
    String openCampaign(@RequestParam int budgetYear, @RequestParam String title,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                        RedirectAttributes redirect) {
        var campaign = campaigns.open(organization.currentActor(),
                new CampaignService.CampaignInput(budgetYear, title, opensOn, closesOn));
        redirect.addFlashAttribute("flashMessage", msg("flash.saved"));
        return "redirect:/campaigns/" + campaign.id();
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("campaign", campaigns.campaign(id));
        boolean planReader = campaigns.isPlanReader(actor);
        model.addAttribute("candidates", planReader ? campaigns.planCandidates(id) : List.of());
        model.addAttribute("plans", planReader ? campaigns.plans(id) : List.of());
        model.addAttribute("isDec", actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR));
        return "application/campaign";
    }

    @PostMapping("/campaigns/{id}/close")
    String closeCampaign(@PathVariable Long id, RedirectAttributes redirect) {
        campaigns.close(organization.currentActor(), id);
        redirect.addFlashAttribute("flashMessage", msg("flash.saved"));
        return "redirect:/campaigns/" + id;
    }

    /** The form sends "priority_{applicationId}" = rank; the plan lists them by rank (ties by id). */
    @PostMapping("/campaigns/{id}/usage-plans")
    String submitPlan(@PathVariable Long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<long[]> ranks = new ArrayList<>();
        for (var entry : form.entrySet()) {
            if (entry.getKey().startsWith("priority_")) {
                try {
                    ranks.add(new long[] {Long.parseLong(entry.getValue().trim()),
                            Long.parseLong(entry.getKey().substring("priority_".length()))});
                } catch (NumberFormatException e) {
                    throw BusinessRuleException.invalid("plan.error.ranking");
                }
            }
        }
        List<Long> ranking = ranks.stream().sorted(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]))
                .map(r -> r[1]).toList();
        var plan = campaigns.submitPlan(organization.currentActor(), id, ranking);
        redirect.addFlashAttribute("flashMessage", msg("flash.submitted"));
        return "redirect:/plans/" + plan.id();
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        campaigns.requirePlanReader(actor);
        var plan = campaigns.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("timeline", steps.timeline(CampaignService.subjectKey(id)));
        model.addAttribute("canDecide", steps.timeline(CampaignService.subjectKey(id)).stream()
                .anyMatch(s -> s.completedAt() == null && actor.groups().contains(s.candidateGroup())));
        return "application/plan";
    }

    @PostMapping("/plans/{id}/decision")
    String decidePlan(@PathVariable Long id, @RequestParam boolean approved,
                      @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        campaigns.decidePlan(organization.currentActor(), id, new Decision(approved, comment));
        redirect.addFlashAttribute("flashMessage", msg("flash.done"));
        return "redirect:/plans/" + id;
    }

    // ---- change and termination requests ----

    @GetMapping("/requests")
    String requests(@RequestParam(required = false) String type, @RequestParam(required = false) RequestStatus status,
                    @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable,
                    Model model) {
        model.addAttribute("page", requests.search(organization.currentActor(), type, status, pageable));
        model.addAttribute("statuses", RequestStatus.values());
        return "application/requests";
    }

    @GetMapping("/requests/export")
    org.springframework.http.ResponseEntity<byte[]> exportRequests(@RequestParam(required = false) String type,
                                                                   @RequestParam(required = false) RequestStatus status) {
        var rows = requests.search(organization.currentActor(), type, status,
                        org.springframework.data.domain.PageRequest.of(0, 10_000, Sort.by(Sort.Direction.DESC, "id")))
                .getContent().stream()
                .map(r -> java.util.List.<Object>of(r.code(), msg("request.type." + r.type()), r.unitName(),
                        r.instanceCode(), msg("status.request." + r.status()),
                        r.feeDirection() == null ? "" : msg("fee." + r.feeDirection()),
                        r.monthlyFeeDelta() == null ? "" : r.monthlyFeeDelta(), r.reason()))
                .toList();
        return new cn.gov.dehong.cloud.shared.Excel(msg("nav.requests"), java.util.List.of(msg("app.code"),
                msg("request.type"), msg("app.unit"), msg("svc.code"), msg("app.status"), msg("request.feeChange"),
                msg("request.feeDelta"), msg("request.reason")), rows).toResponse("requests");
    }

    @GetMapping("/requests/new")
    String newRequest(@RequestParam String type, @RequestParam Long instanceId, Model model) {
        Actor actor = organization.currentActor();
        var instance = subscriptions.instance(instanceId);
        organization.requireVisible(actor, instance.unitId());
        model.addAttribute("instance", instance);
        model.addAttribute("type", "TERMINATION".equals(type) ? "TERMINATION" : "CHANGE");
        model.addAttribute("today", LocalDate.now(cn.gov.dehong.cloud.calendar.WorkingDayCalendar.ZONE));
        return "application/request-form";
    }

    @PostMapping("/requests/change")
    String requestChange(@RequestParam Long instanceId, @Valid ChangeInput input, BindingResult errors,
                         RedirectAttributes redirect) {
        rejectErrors(errors);
        var request = requests.requestChange(organization.currentActor(), instanceId, input);
        redirect.addFlashAttribute("flashMessage", msg("flash.submitted"));
        return "redirect:/requests/" + request.id();
    }

    @PostMapping("/requests/termination")
    String requestTermination(@RequestParam Long instanceId, @Valid TerminationInput input, BindingResult errors,
                              RedirectAttributes redirect) {
        rejectErrors(errors);
        var request = requests.requestTermination(organization.currentActor(), instanceId, input);
        redirect.addFlashAttribute("flashMessage", msg("flash.submitted"));
        return "redirect:/requests/" + request.id();
    }

    @GetMapping("/requests/{id}")
    String request(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        ServiceRequestView request = requests.view(actor, id);
        Set<String> actions = request.timeline().stream()
                .filter(step -> step.completedAt() == null && actor.groups().contains(step.candidateGroup()))
                .map(StepView::stepKey).collect(Collectors.toSet());
        model.addAttribute("req", request);
        model.addAttribute("actions", actions);
        model.addAttribute("today", LocalDate.now(cn.gov.dehong.cloud.calendar.WorkingDayCalendar.ZONE));
        return "application/request";
    }

    @PostMapping("/requests/{id}/review")
    String review(@PathVariable Long id, @RequestParam boolean approved, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        Actor actor = organization.currentActor();
        ServiceRequestView request = requests.view(actor, id);
        if ("CHANGE".equals(request.type())) {
            requests.reviewChange(actor, id, new Decision(approved, comment));
        } else {
            requests.reviewTermination(actor, id, new Decision(approved, comment));
        }
        redirect.addFlashAttribute("flashMessage", msg("flash.done"));
        return "redirect:/requests/" + id;
    }

    @PostMapping("/requests/{id}/change-completion")
    String completeChange(@PathVariable Long id,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
                          RedirectAttributes redirect) {
        requests.completeChange(organization.currentActor(), id, appliedOn);
        redirect.addFlashAttribute("flashMessage", msg("flash.done"));
        return "redirect:/requests/" + id;
    }

    @PostMapping("/requests/{id}/decommission")
    String decommission(@PathVariable Long id, @Valid DecommissionInput input, BindingResult errors,
                        RedirectAttributes redirect) {
        rejectErrors(errors);
        requests.decommission(organization.currentActor(), id, input);
        redirect.addFlashAttribute("flashMessage", msg("flash.done"));
        return "redirect:/requests/" + id;
    }

    private static void rejectErrors(BindingResult errors) {
        if (errors.hasErrors()) {
            throw BusinessRuleException.invalid("error.validation");
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
