package cn.gov.dehong.cloud.supervision.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision", description = "Art. 30: adoption ratio, resource efficiency, security status, "
        + "recommendations to units, ranking with versioned weights, bulletins (通报), dashboard chart data")
class SupervisionApiController {

    private final SupervisionReports reports;
    private final RankingService ranking;
    private final RecommendationService recommendations;
    private final SupervisionBulletinService bulletins;
    private final ChartService charts;
    private final EfficiencyStore efficiency;
    private final OrganizationDirectory organization;

    SupervisionApiController(SupervisionReports reports, RankingService ranking,
                             RecommendationService recommendations, SupervisionBulletinService bulletins,
                             ChartService charts, EfficiencyStore efficiency, OrganizationDirectory organization) {
        this.reports = reports;
        this.ranking = ranking;
        this.recommendations = recommendations;
        this.bulletins = bulletins;
        this.charts = charts;
        this.efficiency = efficiency;
        this.organization = organization;
    }

    @GetMapping("/report")
    @Operation(summary = "监督报告 / "
            + "Supervision report for months from..to (yyyy-MM, default the previous month) of one unit, "
            + "one county (countyId; 0 = prefecture-level units) or everything the caller reads; empty=true when "
            + "the period has no data")
    SupervisionReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) Long countyId,
                             @RequestParam(required = false) Long unitId) {
        return reports.report(organization.currentActor(), reports.period(from, to), countyId, unitId);
    }

    @GetMapping("/ranking")
    @Operation(summary = "单位和县市排名 / Ranking of units and counties under the weights in force (DEC, finance, auditors)")
    RankingService.Ranking ranking(@RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        return ranking.ranking(organization.currentActor(), reports.period(from, to));
    }

    @GetMapping("/weights")
    @Operation(summary = "排名权重版本 / Ranking weights: every version, newest (in force) first")
    List<RankingService.WeightsView> weights() {
        return ranking.history();
    }

    @PostMapping("/weights")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布新的排名权重 / "
            + "DEC defines a new weights version {adoption, efficiency, security, training, note}: "
            + "integers 0..100 summing to 100, else 400")
    RankingService.WeightsView defineWeights(@RequestBody RankingService.WeightsInput input) {
        return ranking.define(organization.currentActor(), input);
    }

    @GetMapping("/recommendations")
    @Operation(summary = "向单位发出的整改建议（分页） / Recommendations sent to units, paged")
    Page<RecommendationService.RecommendationView> recommendations(Pageable pageable) {
        return recommendations.list(organization.currentActor(), pageable);
    }

    @GetMapping("/recommendations/{id}")
    @Operation(summary = "一条整改建议 / One recommendation")
    RecommendationService.RecommendationView recommendation(@PathVariable Long id) {
        return recommendations.details(organization.currentActor(), id);
    }

    @PostMapping("/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "向单位发出整改建议 / "
            + "DEC sends a recommendation {instanceId, kind DOWNSIZE|TERMINATE, message, from, to} to the "
            + "instance's unit; one open recommendation per instance (409)")
    RecommendationService.RecommendationView send(@RequestBody RecommendationService.SendInput input) {
        return recommendations.send(organization.currentActor(), input);
    }

    @PostMapping("/recommendations/{id}/answer")
    @Operation(summary = "单位答复整改建议 / "
            + "The unit answers once {accept, reason, vcpu, memoryGb, diskGb, bandwidthMbps, quantity | "
            + "requestedEndDate, dataBackupConfirmed}: accept opens the change or termination request; another "
            + "unit 403, a second answer 409")
    RecommendationService.RecommendationView answer(@PathVariable Long id,
                                                    @RequestBody RecommendationService.AnswerInput input) {
        return recommendations.answer(organization.currentActor(), id, input);
    }

    @GetMapping("/bulletins")
    @Operation(summary = "监督通报列表 / Supervision bulletins")
    Page<SupervisionBulletinService.BulletinView> bulletins(Pageable pageable) {
        return bulletins.list(organization.currentActor(), pageable);
    }

    @GetMapping("/bulletins/{id}")
    @Operation(summary = "一份监督通报 / One supervision bulletin")
    SupervisionBulletinService.BulletinView bulletin(@PathVariable Long id) {
        return bulletins.details(organization.currentActor(), id);
    }

    @PostMapping("/bulletins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "起草监督通报 / DEC drafts a bulletin {from, to} from the period's figures and ranking")
    SupervisionBulletinService.BulletinView draft(@RequestBody SupervisionBulletinService.DraftInput input, Locale locale) {
        return bulletins.draft(organization.currentActor(), input, locale);
    }

    @PutMapping("/bulletins/{id}")
    @Operation(summary = "修改通报草稿 / DEC edits a draft {title, body, version}; a published bulletin cannot change (409)")
    SupervisionBulletinService.BulletinView edit(@PathVariable Long id, @RequestBody SupervisionBulletinService.EditInput input) {
        return bulletins.edit(organization.currentActor(), id, input);
    }

    @PostMapping("/bulletins/{id}/publish")
    @Operation(summary = "发布监督通报 / DEC publishes a draft to all units (in-app notice)")
    SupervisionBulletinService.BulletinView publish(@PathVariable Long id) {
        return bulletins.publish(organization.currentActor(), id);
    }

    @GetMapping(value = "/bulletins/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "监督通报 PDF / The supervision bulletin as PDF")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Locale locale) {
        return pdfResponse(bulletins.pdf(organization.currentActor(), id, locale), "bulletin-" + id);
    }

    @GetMapping("/charts/{name}")
    @Operation(summary = "看板图表数据 / "
            + "Dashboard chart data: adoption, spend-month, spend-type, idle-trend, incidents, sla; rows "
            + "with the link to the records behind each figure")
    ChartService.Chart chart(@PathVariable String name, @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to) {
        return charts.chart(organization.currentActor(), name, reports.period(from, to));
    }

    @PostMapping("/efficiency/{month}/refresh")
    @Operation(summary = "重新计算月度资源效率 / "
            + "DEC or administrator re-computes the monthly efficiency pre-aggregate of a closed month "
            + "(yyyy-MM) under the limits in force (the daily job does the previous month)")
    Map<String, Object> refresh(@PathVariable String month) {
        var actor = organization.currentActor();
        if (!SupervisionAccess.isDec(actor) && !actor.has(cn.gov.dehong.cloud.organization.Role.SYSTEM_ADMIN)) {
            throw cn.gov.dehong.cloud.shared.BusinessRuleException.forbidden("error.forbidden");
        }
        java.time.YearMonth m = reports.period(month, month).from();
        return Map.of("month", m.toString(), "instances", efficiency.refresh(m));
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
