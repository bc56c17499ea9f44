package cn.gov.dehong.cloud.billing.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.billing.internal.BillingRuns;
import cn.gov.dehong.cloud.billing.internal.BudgetService;
import cn.gov.dehong.cloud.billing.internal.ChangeDeltaService;
import cn.gov.dehong.cloud.billing.internal.LineFilter;
import cn.gov.dehong.cloud.billing.internal.StatementService;
import cn.gov.dehong.cloud.billing.internal.UnitBill;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's pages: its bill of a period and its budget year (own unit, or the aggregator's subtree). */
@Controller
@RequestMapping("/billing")
class UnitBillPageController {

    private final BillingRuns runs;
    private final StatementService statements;
    private final BudgetService budgets;
    private final ChangeDeltaService deltas;
    private final StatementDocuments documents;
    private final OrganizationDirectory organization;
    private final Clock clock;

    UnitBillPageController(BillingRuns runs, StatementService statements, BudgetService budgets,
                           ChangeDeltaService deltas, StatementDocuments documents, OrganizationDirectory organization,
                           Clock clock) {
        this.runs = runs;
        this.statements = statements;
        this.budgets = budgets;
        this.deltas = deltas;
        this.documents = documents;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/my-bill")
    String bill(@RequestParam(required = false) String period, @RequestParam(required = false) Long unitId,
                @PageableDefault(size = 50) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        var choices = runs.choices();
        String shown = period != null ? period
                : choices.isEmpty() ? YearMonth.from(today()).minusMonths(1).toString() : choices.get(0).period();
        Long unit = unitId != null ? unitId : actor.unitId();
        Pageable page = PeriodPageController.bounded(pageable);
        model.addAttribute("choices", choices);
        model.addAttribute("units", units(actor));
        model.addAttribute("period", shown);
        model.addAttribute("unitId", unit);
        if (choices.stream().anyMatch(choice -> choice.period().equals(shown))) {
            model.addAttribute("bill", statements.unitBill(actor, shown, unit, page));
        }
        model.addAttribute("links", new ListLinks("/billing/my-bill", page).filter("period", shown).filter("unitId", unit));
        return "billing/my-bill";
    }

    @GetMapping("/my-bill/xlsx")
    ResponseEntity<byte[]> billXlsx(@RequestParam String period, @RequestParam(required = false) Long unitId,
                                    Locale locale) {
        Actor actor = organization.currentActor();
        Long unit = unitId != null ? unitId : actor.unitId();
        UnitBill bill = statements.unitBill(actor, period, unit, PageRequest.of(0, 1));
        return documents.unitBillXlsx(bill, consumer -> statements.forEachLine(actor, period,
                new LineFilter(null, unit, null, null, null, null, null), StatementApiController.LINE_ORDER, consumer), locale);
    }

    @GetMapping("/my-bill/pdf")
    ResponseEntity<byte[]> billPdf(@RequestParam String period, @RequestParam(required = false) Long unitId,
                                   Locale locale) {
        Actor actor = organization.currentActor();
        Long unit = unitId != null ? unitId : actor.unitId();
        UnitBill bill = statements.unitBill(actor, period, unit,
                PageRequest.of(0, StatementApiController.PDF_LINE_LIMIT, StatementApiController.LINE_ORDER));
        return documents.unitBillPdf(bill, bill.lines().getContent(), locale, clock.instant());
    }

    @GetMapping("/my-budget")
    String budget(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
                  Model model) {
        Actor actor = organization.currentActor();
        int shown = year == null ? today().getYear() : year;
        Long unit = unitId != null ? unitId : actor.unitId();
        model.addAttribute("year", shown);
        model.addAttribute("unitId", unit);
        model.addAttribute("units", units(actor));
        model.addAttribute("status", budgets.status(actor, unit, shown));
        model.addAttribute("changes", deltas.search(actor, shown, unit, null,
                PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "effectiveOn"))).getContent());
        model.addAttribute("totals", deltas.totals(actor, shown, unit));
        return "billing/my-budget";
    }

    /** The units the caller may choose: its own, or its subtree's agencies for an aggregator. */
    private List<UnitView> units(Actor actor) {
        DataScope scope = organization.scopeOf(actor);
        if (scope.all()) {
            return List.of();
        }
        return organization.units().stream().filter(unit -> scope.includes(unit.id()))
                .filter(unit -> unit.isAgency() || unit.id().equals(actor.unitId())).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }
}
