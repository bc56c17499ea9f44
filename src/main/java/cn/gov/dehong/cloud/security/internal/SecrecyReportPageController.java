package cn.gov.dehong.cloud.security.internal;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The private reporting page: a unit member's form and own reports; the secrecy bureau's list and handling. */
@Controller
@RequestMapping(SecrecyReportService.LINK)
class SecrecyReportPageController {

    private final SecrecyReportService reports;
    private final OrganizationDirectory organization;
    private final SecurityPageActions actions;

    SecrecyReportPageController(SecrecyReportService reports, OrganizationDirectory organization,
                                SecurityPageActions actions) {
        this.reports = reports;
        this.organization = organization;
        this.actions = actions;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("reports", reports.reports(actor));
        model.addAttribute("isBureau", reports.isBureau(actor));
        model.addAttribute("canReport", SecurityAccess.isUnitMember(actor));
        return "security/secrecy-reports";
    }

    @PostMapping
    String report(@RequestParam(required = false) String subject, @RequestParam(required = false) String details,
                  RedirectAttributes redirect) {
        return actions.act(redirect, SecrecyReportService.LINK, "security.page.secrecyReported",
                () -> reports.report(organization.currentActor(), new SecrecyReportService.ReportInput(subject,
                        details)));
    }

    @PostMapping("/{id}/handling")
    String handle(@PathVariable Long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return actions.act(redirect, SecrecyReportService.LINK, "security.page.secrecyHandled",
                () -> reports.handle(organization.currentActor(), id,
                        new SecrecyReportService.HandlingInput(version, note)));
    }
}
