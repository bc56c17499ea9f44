package cn.gov.dehong.cloud.security.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inspections through the security page (Art. 25): the security departments plan them, record findings and
 * re-inspect; the unit submits its rectification.
 */
@Controller
@RequestMapping("/security")
class InspectionPageController {

    private static final String FINDINGS = SecurityPageController.HOME + "#findings";

    private final InspectionService inspections;
    private final OrganizationDirectory organization;
    private final SecurityPageActions actions;

    InspectionPageController(InspectionService inspections, OrganizationDirectory organization,
                             SecurityPageActions actions) {
        this.inspections = inspections;
        this.organization = organization;
        this.actions = actions;
    }

    @PostMapping("/inspections")
    String plan(@RequestParam(required = false) String title,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
                @RequestParam(required = false) List<Long> systemIds,
                @RequestParam(required = false) Set<Inspection.Department> coInspectors, RedirectAttributes redirect) {
        return actions.act(redirect, SecurityPageController.HOME + "#inspections", "security.page.inspectionPlanned",
                () -> inspections.plan(organization.currentActor(),
                        new InspectionService.InspectionInput(title, plannedOn, systemIds, coInspectors)));
    }

    @PostMapping("/inspections/{id}/findings")
    String record(@PathVariable Long id, @RequestParam(required = false) Long systemId,
                  @RequestParam(required = false) Finding.Risk risk,
                  @RequestParam(required = false) String description, RedirectAttributes redirect) {
        return actions.act(redirect, FINDINGS, () -> {
            InspectionService.FindingView finding = inspections.record(organization.currentActor(), id,
                    new InspectionService.FindingInput(systemId, risk, description));
            return finding.suspendedInstanceIds().isEmpty()
                    ? actions.text("security.page.findingRecorded", finding.rectificationDue())
                    : actions.text("security.page.findingSuspended", finding.suspendedInstanceIds().size());
        });
    }

    @PostMapping("/findings/{id}/rectification")
    String rectify(@PathVariable Long id, @RequestParam(required = false) Long version,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return actions.act(redirect, FINDINGS, "security.page.rectificationSubmitted",
                () -> inspections.submitRectification(organization.currentActor(), id,
                        new InspectionService.RectificationInput(version, note)));
    }

    @PostMapping("/findings/{id}/reinspection")
    String review(@PathVariable Long id, @RequestParam(required = false) Long version,
                  @RequestParam(defaultValue = "false") boolean accepted, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        return actions.act(redirect, FINDINGS, accepted ? "security.page.rectificationAccepted"
                        : "security.page.rectificationRejected",
                () -> inspections.review(organization.currentActor(), id,
                        new InspectionService.ReviewInput(version, accepted, note)));
    }
}
