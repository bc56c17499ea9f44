package cn.gov.dehong.cloud.billing.internal.web;

import java.util.List;

import cn.gov.dehong.cloud.billing.internal.AdjustmentService;
import cn.gov.dehong.cloud.billing.internal.BillingRuns;
import cn.gov.dehong.cloud.billing.internal.ChargeLineView;
import cn.gov.dehong.cloud.billing.internal.CostBearer;
import cn.gov.dehong.cloud.billing.internal.LineFilter;
import cn.gov.dehong.cloud.billing.internal.LineKind;
import cn.gov.dehong.cloud.billing.internal.PeriodView;
import cn.gov.dehong.cloud.billing.internal.ReviewStatus;
import cn.gov.dehong.cloud.billing.internal.RunTrigger;
import cn.gov.dehong.cloud.billing.internal.RunView;
import cn.gov.dehong.cloud.billing.internal.StatementService;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@RestController
@RequestMapping("/api/v1/billing/periods")
@Tag(name = "Billing periods", description = "Monthly runs (计费), closing (结账), adjustments of closed periods, charge lines")
class PeriodApiController {

    private final BillingRuns runs;
    private final AdjustmentService adjustments;
    private final StatementService statements;
    private final OrganizationDirectory organization;

    PeriodApiController(BillingRuns runs, AdjustmentService adjustments,
                        StatementService statements,
                        OrganizationDirectory organization) {
        this.runs = runs;
        this.adjustments = adjustments;
        this.statements = statements;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "计费账期列表 / "
            + "Billing periods, newest first, with their latest run, lines, total and open disputes (finance, DEC, auditors)")
    List<PeriodView> periods() {
        return runs.periods(organization.currentActor());
    }

    @GetMapping("/{period}")
    @Operation(summary = "一个账期 / One period ('YYYY-MM')")
    PeriodView period(@PathVariable String period) {
        return runs.period(organization.currentActor(), period);
    }

    @GetMapping("/{period}/integrity")
    @Operation(summary = "已结账期的完整性校验 / "
            + "Integrity of a closed period's statements: its HMAC (HMAC-SM3) over all charge lines, recomputed now")
    cn.gov.dehong.cloud.billing.internal.StatementSeals.Check integrity(@PathVariable String period) {
        return statements.integrity(organization.currentActor(), period);
    }

    @GetMapping("/{period}/runs")
    @Operation(summary = "账期计费运行记录 / The run log of a period: who, when, settings, instances, lines, total")
    List<RunView> runLog(@PathVariable String period) {
        return runs.runs(organization.currentActor(), period);
    }

    @PostMapping("/{period}/runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "运行月度计费 / "
            + "Finance bills a month that is over; re-running an open period replaces its lines with the same result",
            description = "400 for a malformed period, a month not over yet, a unit without funding kind (all listed; "
                    + "nothing written) or a missing price; 409 for a closed period.")
    RunView run(@PathVariable String period) {
        return runs.run(organization.currentActor(), period, RunTrigger.MANUAL);
    }

    @PostMapping("/{period}/close")
    @Operation(summary = "结账 / "
            + "Finance closes a period: its lines are frozen; 409 while a dispute is unresolved or before any run")
    PeriodView close(@PathVariable String period) {
        return runs.close(organization.currentActor(), period);
    }

    @PostMapping("/{period}/rechecks")
    @Operation(summary = "重新计量已结账期并在本期补差 / "
            + "Meter a closed period again from today's data and book the differences in this open period (idempotent)")
    AdjustmentService.RecheckResult recheck(@PathVariable String period, @RequestBody BillingRequests.RecheckRequest request) {
        return adjustments.recheck(organization.currentActor(), period, request.adjustsPeriod());
    }

    @PostMapping("/{period}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记已结账期的手工调整 / "
            + "Finance books a manual adjustment of a closed period (either sign, with a reason) in this open period")
    List<ChargeLineView> adjust(@PathVariable String period, @RequestBody BillingRequests.AdjustmentRequest request) {
        return adjustments.adjust(organization.currentActor(), period, new AdjustmentService.ManualAdjustment(
                request.instanceId(), request.adjustsPeriod(), request.amount(), request.reason()));
    }

    @GetMapping("/{period}/lines")
    @Operation(summary = "计费明细 / "
            + "Charge and adjustment lines with the vendor's review; units see their own (data scope)")
    Page<ChargeLineView> lines(@PathVariable String period, @RequestParam(required = false) Long unitId,
                               @RequestParam(required = false) CostBearer bearer,
                               @Parameter(description = "prefecture, county or unit id of the payer")
                               @RequestParam(required = false) Long payerUnitId,
                               @RequestParam(required = false) LineKind kind,
                               @RequestParam(required = false) ReviewStatus review,
                               @RequestParam(required = false) String q,
                               @PageableDefault(size = 50, sort = "id", direction = Sort.Direction.ASC) Pageable pageable) {
        return statements.lines(organization.currentActor(), period,
                new LineFilter(null, unitId, bearer, payerUnitId, kind, review, q), pageable);
    }
}
