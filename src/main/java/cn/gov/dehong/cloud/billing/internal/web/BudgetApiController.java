package cn.gov.dehong.cloud.billing.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.billing.internal.BudgetService;
import cn.gov.dehong.cloud.billing.internal.BudgetStatus;
import cn.gov.dehong.cloud.billing.internal.ChangeDeltaService;
import cn.gov.dehong.cloud.billing.internal.ChangeDeltaView;
import cn.gov.dehong.cloud.billing.internal.JointRuleService;
import cn.gov.dehong.cloud.billing.internal.JointRuleView;
import cn.gov.dehong.cloud.billing.internal.PenaltyService;
import cn.gov.dehong.cloud.billing.internal.PenaltyView;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/billing")
@Tag(name = "Billing settings", description = "Budget lines, change deltas (Art. 9(六)), joint-bearing rules (Art. 11), "
        + "vendor penalties (Art. 26)")
class BudgetApiController {

    private final BudgetService budgets;
    private final ChangeDeltaService deltas;
    private final JointRuleService jointRules;
    private final PenaltyService penalties;
    private final StatementDocuments documents;
    private final OrganizationDirectory organization;

    BudgetApiController(BudgetService budgets, ChangeDeltaService deltas, JointRuleService jointRules,
                        PenaltyService penalties, StatementDocuments documents, OrganizationDirectory organization) {
        this.budgets = budgets;
        this.deltas = deltas;
        this.jointRules = jointRules;
        this.penalties = penalties;
        this.documents = documents;
        this.organization = organization;
    }

    // ---- budgets ----

    @GetMapping("/budgets")
    @Operation(summary = "各单位预算执行 / "
            + "Budget, consumed, committed (to December) and remaining per unit of the caller's scope, by unit code")
    Page<BudgetStatus> budgets(@RequestParam int year, @RequestParam(required = false) String q,
                               @PageableDefault(size = 20) Pageable pageable) {
        return budgets.overview(organization.currentActor(), year, q, pageable);
    }

    @GetMapping("/budgets/xlsx")
    @Operation(summary = "年度预算执行 Excel / The year's budgets and spend as Excel")
    ResponseEntity<byte[]> budgetsXlsx(@RequestParam int year, @RequestParam(required = false) String q, Locale locale) {
        Actor actor = organization.currentActor();
        List<BudgetStatus> all = new ArrayList<>();
        budgets.forEach(actor, year, q, all::add);
        return documents.budgetsXlsx(year, all, locale);
    }

    @GetMapping("/budgets/{unitId}/{year}")
    @Operation(summary = "一个单位的年度预算 / "
            + "One unit's budget year (data scope; 404 outside); warning when committed exceeds the budget")
    BudgetStatus budget(@PathVariable Long unitId, @PathVariable int year) {
        return budgets.status(organization.currentActor(), unitId, year);
    }

    @PutMapping("/budgets/{unitId}/{year}")
    @Operation(summary = "设置单位年度预算 / Finance sets a unit's budget line for a year (amount ≥ 0, at most two decimals)")
    BudgetStatus setBudget(@PathVariable Long unitId, @PathVariable int year, @RequestBody BillingRequests.BudgetRequest request) {
        return budgets.set(organization.currentActor(), unitId, year, request.amount(), request.note());
    }

    // ---- change deltas ----

    @GetMapping("/change-deltas")
    @Operation(summary = "变更引起的费用增减 / "
            + "Fee deltas of applied changes: LOWER frees money for the finance pool, RAISE is borne by the unit")
    Page<ChangeDeltaView> changeDeltas(@RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) Long unitId,
                                       @RequestParam(required = false) String direction,
                                       @PageableDefault(size = 20, sort = "effectiveOn", direction = Sort.Direction.DESC)
                                       Pageable pageable) {
        return deltas.search(organization.currentActor(), year, unitId, direction(direction),
                Sorting.only(pageable, Sorting.CHANGE_DELTAS, Sort.by(Sort.Direction.DESC, "id")));
    }

    @GetMapping("/change-deltas/totals")
    @Operation(summary = "年度费用增减合计 / Freed and raised amounts of a budget year (for the rest of that year)")
    ChangeDeltaService.DeltaTotals changeDeltaTotals(@RequestParam int year, @RequestParam(required = false) Long unitId) {
        return deltas.totals(organization.currentActor(), year, unitId);
    }

    // ---- joint-bearing rules ----

    @GetMapping("/joint-rules")
    @Operation(summary = "共同承担规则（第十一条） / Joint cost-bearing rules (Art. 11)")
    List<JointRuleView> jointRules() {
        return jointRules.list(organization.currentActor());
    }

    @PostMapping("/joint-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "设置共同承担规则 / "
            + "Finance sets a jointly borne item for a unit or an instance: prefecture % + county % = 100 %")
    JointRuleView createJointRule(@RequestBody JointRuleService.RuleInput input) {
        return jointRules.create(organization.currentActor(), input);
    }

    @PostMapping("/joint-rules/{id}/end")
    @Operation(summary = "终止共同承担规则：最后适用的账期 / End a joint cost-bearing rule after its last period")
    JointRuleView endJointRule(@PathVariable Long id, @RequestBody BillingRequests.EndRuleRequest request) {
        return jointRules.end(organization.currentActor(), id, request.lastPeriod());
    }

    // ---- penalties ----

    @GetMapping("/penalties")
    @Operation(summary = "对供应商的扣款和暂停支付（分页，可按账期筛选） / Deductions and payment holds against the vendor, paged, optionally of one period")
    Page<PenaltyView> penalties(@RequestParam(required = false) String period,
                                @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return penalties.search(organization.currentActor(), period,
                Sorting.only(pageable, Sorting.PENALTIES, Sort.by(Sort.Direction.DESC, "id")));
    }

    @PostMapping("/penalties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记对供应商的扣款或暂停支付 / "
            + "Finance or the DEC records a deduction (amount) or a payment hold against the vendor (Art. 26)")
    PenaltyView recordPenalty(@RequestBody PenaltyService.PenaltyInput input) {
        return penalties.record(organization.currentActor(), input);
    }

    @PostMapping("/penalties/{id}/release")
    @Operation(summary = "解除暂停支付 / Lifts a payment hold")
    PenaltyView release(@PathVariable Long id, @RequestBody BillingRequests.ReleaseRequest request) {
        return penalties.release(organization.currentActor(), id, request.note());
    }

    static String direction(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim().toUpperCase(Locale.ROOT);
        if (!List.of("LOWER", "RAISE", "NONE").contains(value)) {
            throw BusinessRuleException.invalid("error.invalidParameter", "direction");
        }
        return value;
    }
}
