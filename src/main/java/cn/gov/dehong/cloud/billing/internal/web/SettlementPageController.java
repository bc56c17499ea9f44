package cn.gov.dehong.cloud.billing.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.billing.internal.Amounts;
import cn.gov.dehong.cloud.billing.internal.BudgetService;
import cn.gov.dehong.cloud.billing.internal.BudgetStatus;
import cn.gov.dehong.cloud.billing.internal.ChangeDeltaService;
import cn.gov.dehong.cloud.billing.internal.JointRuleService;
import cn.gov.dehong.cloud.billing.internal.PenaltyKind;
import cn.gov.dehong.cloud.billing.internal.PenaltyService;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finance's settings pages: budgets, joint-bearing rules, vendor penalties; and the change deltas of Art. 9(六). */
@Controller
@RequestMapping("/billing")
class SettlementPageController {

    private final BudgetService budgets;
    private final JointRuleService jointRules;
    private final PenaltyService penalties;
    private final ChangeDeltaService deltas;
    private final StatementDocuments documents;
    private final PageActions actions;
    private final OrganizationDirectory organization;
    private final Clock clock;

    SettlementPageController(BudgetService budgets, JointRuleService jointRules, PenaltyService penalties,
                             ChangeDeltaService deltas, StatementDocuments documents, PageActions actions,
                             OrganizationDirectory organization, Clock clock) {
        this.budgets = budgets;
        this.jointRules = jointRules;
        this.penalties = penalties;
        this.deltas = deltas;
        this.documents = documents;
        this.actions = actions;
        this.organization = organization;
        this.clock = clock;
    }

    // ---- budgets ----

    @GetMapping("/budgets")
    String budgets(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                   @PageableDefault(size = 20) Pageable pageable, Model model) {
        int shown = year == null ? thisYear() : year;
        Actor actor = organization.currentActor();
        Pageable page = PeriodPageController.bounded(pageable);
        model.addAttribute("year", shown);
        model.addAttribute("q", q);
        model.addAttribute("page", budgets.overview(actor, shown, q, page));
        model.addAttribute("links", new ListLinks("/billing/budgets", page).filter("year", shown).filter("q", q));
        model.addAttribute("agencies", agencies());
        model.addAttribute("totals", deltas.totals(actor, shown, null));
        return "billing/budgets";
    }

    @PostMapping("/budgets")
    String setBudget(@RequestParam Long unitId, @RequestParam int year, @RequestParam String amount,
                     @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/budgets?year=" + year, () -> {
            BudgetStatus status = budgets.set(organization.currentActor(), unitId, year, Amounts.parse(amount), note);
            return actions.text("billing.budget.saved", status.unitName(), String.valueOf(year));
        });
    }

    @GetMapping("/budgets/xlsx")
    ResponseEntity<byte[]> budgetsXlsx(@RequestParam int year, @RequestParam(required = false) String q, Locale locale) {
        List<BudgetStatus> all = new ArrayList<>();
        budgets.forEach(organization.currentActor(), year, q, all::add);
        return documents.budgetsXlsx(year, all, locale);
    }

    // ---- joint-bearing rules ----

    @GetMapping("/joint-rules")
    String jointRules(Model model) {
        model.addAttribute("rules", jointRules.list(organization.currentActor()));
        model.addAttribute("agencies", agencies());
        model.addAttribute("counties", organization.units().stream().filter(unit -> unit.kind() == UnitKind.COUNTY).toList());
        return "billing/joint-rules";
    }

    @PostMapping("/joint-rules")
    String createJointRule(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long instanceId,
                           @RequestParam(required = false) Long countyId, @RequestParam String prefecturePercent,
                           @RequestParam String countyPercent, @RequestParam String validFrom,
                           @RequestParam(required = false) String validTo, @RequestParam String reference,
                           RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/joint-rules", () -> {
            var rule = jointRules.create(organization.currentActor(), new JointRuleService.RuleInput(
                    instanceId != null ? null : unitId, instanceId, countyId, percent(prefecturePercent),
                    percent(countyPercent), validFrom, validTo, reference));
            return actions.text("billing.jointRule.saved", rule.subjectName());
        });
    }

    @PostMapping("/joint-rules/{id}/end")
    String endJointRule(@PathVariable Long id, @RequestParam String lastPeriod, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/joint-rules", () -> {
            var rule = jointRules.end(organization.currentActor(), id, lastPeriod);
            return actions.text("billing.jointRule.ended", rule.subjectName(), rule.validTo());
        });
    }

    // ---- penalties ----

    @GetMapping("/penalties")
    String penalties(@RequestParam(required = false) String period,
                     @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable,
                     Model model) {
        Pageable page = Sorting.only(pageable, Sorting.PENALTIES, Sort.by(Sort.Direction.DESC, "id"));
        model.addAttribute("page", penalties.search(organization.currentActor(), period, page));
        model.addAttribute("links", new ListLinks("/billing/penalties", page).filter("period", period));
        model.addAttribute("period", period);
        model.addAttribute("kinds", PenaltyKind.values());
        model.addAttribute("currentMonth", YearMonth.from(today()).toString());
        return "billing/penalties";
    }

    @PostMapping("/penalties")
    String recordPenalty(@RequestParam String period, @RequestParam PenaltyKind kind,
                         @RequestParam(required = false) String amount, @RequestParam String reason,
                         @RequestParam String reference, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/penalties", () -> {
            BigDecimal parsed = amount == null || amount.isBlank() ? null : Amounts.parse(amount);
            var penalty = penalties.record(organization.currentActor(),
                    new PenaltyService.PenaltyInput(period, kind, parsed, reason, reference));
            return actions.text("billing.penalty.saved", penalty.reference(), penalty.period());
        });
    }

    @PostMapping("/penalties/{id}/release")
    String release(@PathVariable Long id, @RequestParam String note, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/penalties", () -> {
            var penalty = penalties.release(organization.currentActor(), id, note);
            return actions.text("billing.penalty.released", penalty.reference());
        });
    }

    // ---- change deltas ----

    @GetMapping("/changes")
    String changes(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
                   @RequestParam(required = false) String direction,
                   @PageableDefault(size = 20, sort = "effectiveOn", direction = Sort.Direction.DESC) Pageable pageable,
                   Model model) {
        int shown = year == null ? thisYear() : year;
        Actor actor = organization.currentActor();
        Pageable page = Sorting.only(pageable, Sorting.CHANGE_DELTAS, Sort.by(Sort.Direction.DESC, "id"));
        String normalized = BudgetApiController.direction(direction);
        model.addAttribute("year", shown);
        model.addAttribute("unitId", unitId);
        model.addAttribute("direction", normalized);
        model.addAttribute("page", deltas.search(actor, shown, unitId, normalized, page));
        model.addAttribute("totals", deltas.totals(actor, shown, unitId));
        model.addAttribute("links", new ListLinks("/billing/changes", page).filter("year", shown)
                .filter("unitId", unitId).filter("direction", normalized));
        return "billing/changes";
    }

    private List<UnitView> agencies() {
        return organization.units().stream().filter(UnitView::isAgency).toList();
    }

    private static BigDecimal percent(String text) {
        try {
            return new BigDecimal(text.trim().replace("%", ""));
        } catch (RuntimeException e) {
            throw BusinessRuleException.invalid("billing.error.percentMalformed", text);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    private int thisYear() {
        return today().getYear();
    }
}
