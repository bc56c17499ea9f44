package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.Excel;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervision pages: report, dashboard, recommendations, ranking and bulletins. */
@Controller
@RequestMapping("/supervision")
class SupervisionPageController {

    /** A prefecture-wide page shows this many rows; the Excel exports hold all of them. */
    /** Units per page of the unit table (paged on the server, the report is computed once per request). */
    static final int PAGE_UNITS = 50;
    static final int PAGE_CANDIDATES = 200;
    static final int PAGE_PENDING = 200;

    private final SupervisionReports reports;
    private final RankingService ranking;
    private final RecommendationService recommendations;
    private final SupervisionBulletinService bulletins;
    private final ChartService charts;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    SupervisionPageController(SupervisionReports reports, RankingService ranking,
                              RecommendationService recommendations, SupervisionBulletinService bulletins,
                              ChartService charts, OrganizationDirectory organization, MessageSource messages) {
        this.reports = reports;
        this.ranking = ranking;
        this.recommendations = recommendations;
        this.bulletins = bulletins;
        this.charts = charts;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) Long countyId, @RequestParam(required = false) Long unitId,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = organization.currentActor();
        SupervisionReports.Period period = reports.period(from, to);
        Long selectedUnit = unitId;
        if (unitId == null && countyId == null && !actor.seesEverything() && SupervisionAccess.isUnitMember(actor)) {
            selectedUnit = actor.unitId();
        }
        SupervisionReport report = reports.report(actor, period, countyId, selectedUnit);
        model.addAttribute("report", report);
        List<SupervisionReport.UnitFigures> units = report.units();
        int lastPage = Math.max(0, (units.size() - 1) / PAGE_UNITS);
        int number = Math.min(Math.max(0, page), lastPage);
        int first = number * PAGE_UNITS;
        model.addAttribute("page", new PageImpl<>(units.subList(first, Math.min(units.size(), first + PAGE_UNITS)),
                PageRequest.of(number, PAGE_UNITS), units.size()));
        model.addAttribute("shownCandidates",
                report.candidates().subList(0, Math.min(PAGE_CANDIDATES, report.candidates().size())));
        model.addAttribute("shownPending",
                report.notMigrated().subList(0, Math.min(PAGE_PENDING, report.notMigrated().size())));
        model.addAttribute("period", period);
        model.addAttribute("isDec", SupervisionAccess.isDec(actor));
        model.addAttribute("seesAll", actor.seesEverything());
        model.addAttribute("counties", organization.units().stream().filter(u -> u.kind() == UnitKind.COUNTY).toList());
        model.addAttribute("openRecommendations", recommendations.openFor(actor));
        model.addAttribute("today", reports.today());
        return "supervision/report";
    }

    @GetMapping("/xlsx")
    ResponseEntity<byte[]> reportXlsx(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) Long countyId,
                                      @RequestParam(required = false) Long unitId, Locale locale) {
        Actor actor = organization.currentActor();
        SupervisionReport report = reports.report(actor, reports.period(from, to), countyId, unitId);
        List<String> headers = List.of("supervision.unit", "supervision.county", "supervision.systems",
                "supervision.onCloud", "supervision.adoptionPercent", "supervision.measured", "supervision.idle",
                "supervision.overProvisioned", "supervision.feeAtStake", "supervision.incidents",
                "supervision.openFindings", "supervision.overdue", "supervision.suspensions");
        List<List<Object>> rows = new ArrayList<>();
        for (SupervisionReport.UnitFigures u : report.units()) {
            rows.add(java.util.Arrays.asList(u.name(), u.countyName(), u.systems(), u.onCloud(),
                    percent(u.adoptionRatio()), u.measuredInstances(), u.idle(), u.overProvisioned(), u.feeAtStake(),
                    u.incidents(), u.openFindings(), u.overdueRectifications(), u.suspensions()));
        }
        return new Excel(msg(locale, "supervision.title"), headers.stream().map(h -> msg(locale, h)).toList(), rows)
                .toResponse("supervision-" + report.from() + "-" + report.to());
    }

    @GetMapping("/candidates/xlsx")
    ResponseEntity<byte[]> candidatesXlsx(@RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(required = false) Long countyId,
                                          @RequestParam(required = false) Long unitId, Locale locale) {
        Actor actor = organization.currentActor();
        SupervisionReport report = reports.report(actor, reports.period(from, to), countyId, unitId);
        List<String> headers = List.of("supervision.instance", "supervision.unit", "supervision.serviceType",
                "supervision.efficiencyKind", "supervision.days", "CPU p95 %", "MEM p95 %", "DISK p95 %",
                "supervision.monthlyFee");
        List<List<Object>> rows = new ArrayList<>();
        for (SupervisionReport.Candidate c : report.candidates()) {
            rows.add(java.util.Arrays.asList(c.instanceCode(), c.unitName(), c.productName(),
                    msg(locale, "supervision.efficiency." + c.efficiency()), c.belowDays() + "/" + c.days(),
                    Math.round(c.cpuP95() * 1000) / 10.0, Math.round(c.memoryP95() * 1000) / 10.0,
                    Math.round(c.diskP95() * 1000) / 10.0, c.monthlyFee()));
        }
        return new Excel(msg(locale, "supervision.candidates"), headers.stream()
                .map(h -> h.startsWith("supervision.") ? msg(locale, h) : h).toList(), rows)
                .toResponse("supervision-candidates-" + report.from() + "-" + report.to());
    }

    // ---- dashboard and charts ----

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     Model model) {
        Actor actor = organization.currentActor();
        reports.readableUnits(actor);
        SupervisionReports.Period period = dashboardPeriod(from, to);
        model.addAttribute("period", period);
        model.addAttribute("charts", ChartService.NAMES);
        return "supervision/dashboard";
    }

    @GetMapping("/charts/{name}")
    String chartTable(@PathVariable String name, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, Model model, Locale locale) {
        ChartService.Chart chart = charts.chart(organization.currentActor(), name, dashboardPeriod(from, to));
        model.addAttribute("chart", chart);
        model.addAttribute("labels", chart.rows().stream().map(r -> label(r.label(), locale)).toList());
        return "supervision/chart";
    }

    @GetMapping("/charts/{name}/data")
    @ResponseBody
    Map<String, Object> chartData(@PathVariable String name, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, Locale locale) {
        ChartService.Chart chart = charts.chart(organization.currentActor(), name, dashboardPeriod(from, to));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", chart.type());
        data.put("title", msg(locale, chart.titleKey()));
        data.put("categories", chart.rows().stream().map(r -> label(r.label(), locale)).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (Integer column : chart.chartColumns()) {
            series.add(Map.of("name", msg(locale, chart.headers().get(column)),
                    "data", chart.rows().stream().map(r -> r.values().get(column - 1)).toList()));
        }
        data.put("series", series);
        data.put("links", chart.rows().stream().map(ChartService.Row::link).toList());
        data.put("empty", chart.empty());
        return data;
    }

    @GetMapping("/charts/{name}/xlsx")
    ResponseEntity<byte[]> chartXlsx(@PathVariable String name, @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to, Locale locale) {
        ChartService.Chart chart = charts.chart(organization.currentActor(), name, dashboardPeriod(from, to));
        List<List<Object>> rows = new ArrayList<>();
        for (ChartService.Row r : chart.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(label(r.label(), locale));
            row.addAll(r.values());
            rows.add(row);
        }
        return new Excel(name, chart.headers().stream().map(h -> msg(locale, h)).toList(), rows)
                .toResponse("supervision-" + name + "-" + chart.from() + "-" + chart.to());
    }

    /** Dashboards default to the twelve months up to the previous month. */
    private SupervisionReports.Period dashboardPeriod(String from, String to) {
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            SupervisionReports.Period last = reports.period(null, null);
            return reports.period(last.to().minusMonths(11).toString(), last.to().toString());
        }
        return reports.period(from, to);
    }

    // ---- recommendations ----

    @PostMapping("/recommendations")
    String send(@RequestParam Long instanceId, @RequestParam Recommendation.Kind kind,
                @RequestParam(required = false) String message, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, RedirectAttributes redirect, Locale locale) {
        var sent = recommendations.send(organization.currentActor(),
                new RecommendationService.SendInput(instanceId, kind, message, from, to));
        redirect.addFlashAttribute("flashMessage", msg(locale, "supervision.flash.sent", sent.instanceCode()));
        return "redirect:/supervision/recommendations/" + sent.id();
    }

    @GetMapping("/recommendations")
    String recommendationList(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", recommendations.list(actor, pageable));
        return "supervision/recommendations";
    }

    @GetMapping("/recommendations/{id}")
    String recommendation(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        var r = recommendations.details(actor, id);
        model.addAttribute("r", r);
        model.addAttribute("canAnswer", r.status() == Recommendation.Status.SENT
                && SupervisionAccess.isUnitMember(actor) && r.unitId().equals(actor.unitId()));
        model.addAttribute("today", reports.today());
        return "supervision/recommendation";
    }

    @PostMapping("/recommendations/{id}/answer")
    String answer(@PathVariable Long id, @RequestParam boolean accept, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Integer vcpu, @RequestParam(required = false) Integer memoryGb,
                  @RequestParam(required = false) Integer diskGb, @RequestParam(required = false) Integer bandwidthMbps,
                  @RequestParam(required = false) Integer quantity,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedEndDate,
                  @RequestParam(defaultValue = "false") boolean dataBackupConfirmed, RedirectAttributes redirect,
                  Locale locale) {
        var r = recommendations.answer(organization.currentActor(), id, new RecommendationService.AnswerInput(accept,
                reason, vcpu, memoryGb, diskGb, bandwidthMbps, quantity, requestedEndDate, dataBackupConfirmed));
        redirect.addFlashAttribute("flashMessage", accept ? msg(locale, "supervision.flash.accepted", r.requestCode())
                : msg(locale, "supervision.flash.declined"));
        return "redirect:/supervision/recommendations/" + id;
    }

    // ---- ranking ----

    @GetMapping("/ranking")
    String ranking(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("ranking", ranking.ranking(actor, reports.period(from, to)));
        model.addAttribute("history", ranking.history());
        model.addAttribute("isDec", SupervisionAccess.isDec(actor));
        return "supervision/ranking";
    }

    @PostMapping("/weights")
    String defineWeights(@RequestParam(required = false) Integer adoption,
                         @RequestParam(required = false) Integer efficiency,
                         @RequestParam(required = false) Integer security,
                         @RequestParam(required = false) Integer training,
                         @RequestParam(required = false) String note, RedirectAttributes redirect, Locale locale) {
        var w = ranking.define(organization.currentActor(),
                new RankingService.WeightsInput(adoption, efficiency, security, training, note));
        redirect.addFlashAttribute("flashMessage", msg(locale, "supervision.flash.weights", w.versionNo()));
        return "redirect:/supervision/ranking";
    }

    // ---- bulletins ----

    @GetMapping("/bulletins")
    String bulletinList(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("page", bulletins.list(actor, pageable));
        model.addAttribute("isDec", SupervisionAccess.isDec(actor));
        model.addAttribute("defaultMonth", reports.period(null, null).to().toString());
        return "supervision/bulletins";
    }

    @PostMapping("/bulletins")
    String draft(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 Locale locale) {
        var b = bulletins.draft(organization.currentActor(), new SupervisionBulletinService.DraftInput(from, to),
                locale);
        return "redirect:/supervision/bulletins/" + b.id();
    }

    @GetMapping("/bulletins/{id}")
    String bulletin(@PathVariable Long id, Model model) {
        Actor actor = organization.currentActor();
        model.addAttribute("b", bulletins.details(actor, id));
        model.addAttribute("isDec", SupervisionAccess.isDec(actor));
        return "supervision/bulletin";
    }

    @PostMapping("/bulletins/{id}")
    String edit(@PathVariable Long id, @RequestParam(required = false) String title,
                @RequestParam(required = false) String body, @RequestParam(required = false) Long version,
                RedirectAttributes redirect, Locale locale) {
        bulletins.edit(organization.currentActor(), id, new SupervisionBulletinService.EditInput(title, body, version));
        redirect.addFlashAttribute("flashMessage", msg(locale, "supervision.flash.saved"));
        return "redirect:/supervision/bulletins/" + id;
    }

    @PostMapping("/bulletins/{id}/publish")
    String publish(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
        bulletins.publish(organization.currentActor(), id);
        redirect.addFlashAttribute("flashMessage", msg(locale, "supervision.flash.published"));
        return "redirect:/supervision/bulletins/" + id;
    }

    @GetMapping("/bulletins/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Locale locale) {
        return SupervisionApiController.pdfResponse(bulletins.pdf(organization.currentActor(), id, locale),
                "bulletin-" + id);
    }

    private String label(String label, Locale locale) {
        return label != null && label.startsWith("#") ? msg(locale, label.substring(1)) : label;
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String percent(BigDecimal ratio) {
        return SupervisionBulletinService.percent(ratio);
    }

}
