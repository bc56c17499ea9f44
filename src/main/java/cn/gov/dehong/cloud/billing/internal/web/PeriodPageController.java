package cn.gov.dehong.cloud.billing.internal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.billing.internal.AdjustmentService;
import cn.gov.dehong.cloud.billing.internal.Amounts;
import cn.gov.dehong.cloud.billing.internal.BillingRuns;
import cn.gov.dehong.cloud.billing.internal.ChargeLineView;
import cn.gov.dehong.cloud.billing.internal.CostBearer;
import cn.gov.dehong.cloud.billing.internal.LineFilter;
import cn.gov.dehong.cloud.billing.internal.LineKind;
import cn.gov.dehong.cloud.billing.internal.PeriodView;
import cn.gov.dehong.cloud.billing.internal.ReviewService;
import cn.gov.dehong.cloud.billing.internal.ReviewStatus;
import cn.gov.dehong.cloud.billing.internal.RunTrigger;
import cn.gov.dehong.cloud.billing.internal.RunView;
import cn.gov.dehong.cloud.billing.internal.Statement;
import cn.gov.dehong.cloud.billing.internal.StatementKind;
import cn.gov.dehong.cloud.billing.internal.StatementService;
import cn.gov.dehong.cloud.billing.internal.SettlementStatement;
import cn.gov.dehong.cloud.shared.PdfReport;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import org.springframework.data.domain.PageRequest;
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

/** Finance's pages: periods and runs, closing, adjustments, the statements, the lines, the vendor statement. */
@Controller
@RequestMapping("/billing")
class PeriodPageController {

    private static final int MAX_PAGE = 200;

    private final BillingRuns runs;
    private final AdjustmentService adjustments;
    private final StatementService statements;
    private final ReviewService reviews;
    private final StatementDocuments documents;
    private final PageActions actions;
    private final OrganizationDirectory organization;
    private final Clock clock;

    PeriodPageController(BillingRuns runs, AdjustmentService adjustments, StatementService statements,
                         ReviewService reviews, StatementDocuments documents, PageActions actions,
                         OrganizationDirectory organization, Clock clock) {
        this.runs = runs;
        this.adjustments = adjustments;
        this.statements = statements;
        this.reviews = reviews;
        this.documents = documents;
        this.actions = actions;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("lastMonth", lastMonth());
        model.addAttribute("year", LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).getYear());
        return "billing/index";
    }

    // ---- periods and runs ----

    @GetMapping("/periods")
    String periods(Model model) {
        model.addAttribute("periods", runs.periods(organization.currentActor()));
        model.addAttribute("lastMonth", lastMonth());
        return "billing/periods";
    }

    @PostMapping("/periods/run")
    String run(@RequestParam String period, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/periods/" + safe(period), "/billing/periods", () -> {
            RunView run = runs.run(organization.currentActor(), period, RunTrigger.MANUAL);
            return actions.text("billing.run.done", run.period(), run.lineCount(), money(run.total()));
        });
    }

    @GetMapping("/periods/{period}")
    String period(@PathVariable String period, Model model) {
        Actor actor = organization.currentActor();
        PeriodView view = runs.period(actor, period);
        model.addAttribute("period", view);
        model.addAttribute("runs", runs.runs(actor, period));
        model.addAttribute("closedPeriods", runs.choices().stream()
                .filter(choice -> choice.status().name().equals("CLOSED") && choice.period().compareTo(view.period()) < 0)
                .toList());
        model.addAttribute("kinds", StatementKind.values());
        return "billing/period";
    }

    @PostMapping("/periods/{period}/run")
    String rerun(@PathVariable String period, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/periods/" + safe(period), () -> {
            RunView run = runs.run(organization.currentActor(), period, RunTrigger.MANUAL);
            return actions.text("billing.run.done", run.period(), run.lineCount(), money(run.total()));
        });
    }

    @PostMapping("/periods/{period}/close")
    String close(@PathVariable String period, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/periods/" + safe(period), () -> {
            PeriodView closed = runs.close(organization.currentActor(), period);
            return actions.text("billing.close.done", closed.period(), money(closed.total()));
        });
    }

    @PostMapping("/periods/{period}/recheck")
    String recheck(@PathVariable String period, @RequestParam String adjustsPeriod, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/periods/" + safe(period), () -> {
            var result = adjustments.recheck(organization.currentActor(), period, adjustsPeriod);
            return actions.text("billing.recheck.done", result.adjustsPeriod(), result.lineCount(), money(result.total()));
        });
    }

    @PostMapping("/periods/{period}/adjustments")
    String adjust(@PathVariable String period, @RequestParam(required = false) Long instanceId,
                  @RequestParam String adjustsPeriod, @RequestParam String amount, @RequestParam String reason,
                  RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/periods/" + safe(period), () -> {
            List<ChargeLineView> lines = adjustments.adjust(organization.currentActor(), period,
                    new AdjustmentService.ManualAdjustment(instanceId, adjustsPeriod, parse(amount), reason));
            return actions.text("billing.adjust.done", lines.size(), adjustsPeriod);
        });
    }

    // ---- statements ----

    @GetMapping("/periods/{period}/statements/{kind}")
    String statement(@PathVariable String period, @PathVariable String kind, Model model) {
        Statement<?> statement = statements.statement(organization.currentActor(), period, StatementApiController.kind(kind));
        model.addAttribute("statement", statement);
        model.addAttribute("kinds", StatementKind.values());
        return "billing/statement";
    }

    @GetMapping("/periods/{period}/statements/{kind}/xlsx")
    ResponseEntity<byte[]> statementXlsx(@PathVariable String period, @PathVariable String kind, Locale locale) {
        Actor actor = organization.currentActor();
        Statement<?> statement = statements.statement(actor, period, StatementApiController.kind(kind));
        return documents.statementXlsx(statement, consumer -> statements.forEachLine(actor, period, LineFilter.all(),
                StatementApiController.LINE_ORDER, consumer), locale);
    }

    @GetMapping("/periods/{period}/statements/{kind}/pdf")
    ResponseEntity<byte[]> statementPdf(@PathVariable String period, @PathVariable String kind, Locale locale) {
        return documents.statementPdf(statements.statement(organization.currentActor(), period,
                StatementApiController.kind(kind)), locale, clock.instant());
    }

    // ---- lines ----

    @GetMapping("/periods/{period}/lines")
    String lines(@PathVariable String period, @RequestParam(required = false) CostBearer bearer,
                 @RequestParam(required = false) LineKind kind, @RequestParam(required = false) ReviewStatus review,
                 @RequestParam(required = false) String q, @PageableDefault(size = 50) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        Pageable page = bounded(pageable);
        LineFilter filter = new LineFilter(null, null, bearer, null, kind, review, q);
        model.addAttribute("period", runs.period(actor, period));
        model.addAttribute("page", statements.lines(actor, period, filter, page));
        model.addAttribute("links", new ListLinks("/billing/periods/" + safe(period) + "/lines", page)
                .filter("bearer", bearer).filter("kind", kind).filter("review", review).filter("q", q));
        filters(model, bearer, kind, review, q);
        return "billing/lines";
    }

    @GetMapping("/periods/{period}/lines/xlsx")
    ResponseEntity<byte[]> linesXlsx(@PathVariable String period, @RequestParam(required = false) CostBearer bearer,
                                     @RequestParam(required = false) LineKind kind,
                                     @RequestParam(required = false) ReviewStatus review,
                                     @RequestParam(required = false) String q, Sort sort, Locale locale) {
        Actor actor = organization.currentActor();
        var statement = statements.statement(actor, period, StatementKind.PAYER);
        LineFilter filter = new LineFilter(null, null, bearer, null, kind, review, q);
        return documents.statementXlsx(statement, consumer -> statements.forEachLine(actor, period, filter,
                sort.isSorted() ? sort : StatementApiController.LINE_ORDER, consumer), locale);
    }

    // ---- vendor settlement statement ----

    /** The vendor's entry: the latest period, or the one chosen. */
    @GetMapping("/vendor")
    String vendorEntry(@RequestParam(required = false) String period, Model model) {
        var choices = runs.choices();
        if (period != null && !period.isBlank()) {
            return "redirect:/billing/periods/" + safe(period) + "/vendor";
        }
        if (choices.isEmpty()) {
            model.addAttribute("choices", choices);
            return "billing/vendor-none";
        }
        return "redirect:/billing/periods/" + choices.get(0).period() + "/vendor";
    }

    @GetMapping("/periods/{period}/vendor")
    String vendor(@PathVariable String period, @RequestParam(required = false) CostBearer bearer,
                  @RequestParam(required = false) ReviewStatus review, @RequestParam(required = false) String q,
                  @PageableDefault(size = 50) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        SettlementStatement statement = statements.vendorStatement(actor, period);
        Pageable page = bounded(pageable);
        model.addAttribute("statement", statement);
        model.addAttribute("page", statements.lines(actor, period, new LineFilter(null, null, bearer, null, null, review, q), page));
        model.addAttribute("links", new ListLinks("/billing/periods/" + safe(period) + "/vendor", page)
                .filter("bearer", bearer).filter("review", review).filter("q", q));
        model.addAttribute("isVendor", actor.has(Role.VENDOR_OPERATOR));
        model.addAttribute("choices", runs.choices());
        model.addAttribute("canResolve", actor.hasAny(Role.FINANCE, Role.DEC_REVIEWER));
        filters(model, bearer, null, review, q);
        return "billing/vendor";
    }

    @GetMapping("/periods/{period}/vendor/xlsx")
    ResponseEntity<byte[]> vendorXlsx(@PathVariable String period, Locale locale) {
        Actor actor = organization.currentActor();
        return documents.vendorXlsx(statements.vendorStatement(actor, period), consumer -> statements.forEachLine(actor,
                period, LineFilter.all(), StatementApiController.LINE_ORDER, consumer), locale);
    }

    @GetMapping("/periods/{period}/vendor/pdf")
    ResponseEntity<byte[]> vendorPdf(@PathVariable String period, Locale locale) {
        Actor actor = organization.currentActor();
        List<ChargeLineView> disputes = new ArrayList<>();
        for (ReviewStatus status : new ReviewStatus[] {ReviewStatus.DISPUTED, ReviewStatus.RESOLVED}) {
            disputes.addAll(statements.lines(actor, period, new LineFilter(null, null, null, null, null, status, null),
                    PageRequest.of(0, StatementApiController.PDF_LINE_LIMIT, StatementApiController.LINE_ORDER)).getContent());
        }
        return documents.vendorPdf(statements.vendorStatement(actor, period), disputes, locale, clock.instant());
    }

    @PostMapping("/periods/{period}/vendor/confirm-open")
    String confirmOpen(@PathVariable String period, RedirectAttributes redirect) {
        return actions.act(redirect, "/billing/periods/" + safe(period) + "/vendor", () ->
                actions.text("billing.review.confirmedOpen", reviews.confirmOpen(organization.currentActor(), period)));
    }

    @PostMapping("/periods/{period}/lines/{lineId}/confirm")
    String confirm(@PathVariable String period, @PathVariable Long lineId, @RequestParam(required = false) String back,
                   RedirectAttributes redirect) {
        return actions.act(redirect, back(period, back), () -> {
            ChargeLineView line = reviews.confirm(organization.currentActor(), period, lineId);
            return actions.text("billing.review.confirmed", line.instanceCode());
        });
    }

    @PostMapping("/periods/{period}/lines/{lineId}/dispute")
    String dispute(@PathVariable String period, @PathVariable Long lineId, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return actions.act(redirect, back(period, back), () -> {
            ChargeLineView line = reviews.dispute(organization.currentActor(), period, lineId, reason);
            return actions.text("billing.review.disputed", line.instanceCode());
        });
    }

    @PostMapping("/periods/{period}/lines/{lineId}/resolve")
    String resolve(@PathVariable String period, @PathVariable Long lineId, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String note, @RequestParam(required = false) String back,
                   RedirectAttributes redirect) {
        return actions.act(redirect, back(period, back), () -> {
            ChargeLineView line = reviews.resolve(organization.currentActor(), period, lineId,
                    StatementApiController.outcome(outcome), note);
            return actions.text("billing.review.resolved", line.instanceCode());
        });
    }

    // ---- helpers ----

    private static void filters(Model model, CostBearer bearer, LineKind kind, ReviewStatus review, String q) {
        model.addAttribute("bearers", CostBearer.values());
        model.addAttribute("lineKinds", LineKind.values());
        model.addAttribute("reviewStatuses", ReviewStatus.values());
        model.addAttribute("bearer", bearer);
        model.addAttribute("kind", kind);
        model.addAttribute("review", review);
        model.addAttribute("q", q);
    }

    /** Only the vendor page of this period may be the way back (no open redirect). */
    private static String back(String period, String back) {
        String vendor = "/billing/periods/" + safe(period) + "/vendor";
        return back != null && back.startsWith(vendor) && !back.contains("//") ? back : vendor;
    }

    private static String safe(String period) {
        return period.matches("\\d{4}-\\d{2}") ? period : "";
    }

    static Pageable bounded(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE), pageable.getSort());
    }

    private String lastMonth() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")))
                .minusMonths(1).toString();
    }

    private static BigDecimal parse(String amount) {
        return Amounts.parse(amount);
    }

    private static String money(BigDecimal amount) {
        return PdfReport.money(amount);
    }
}
