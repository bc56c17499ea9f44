package cn.gov.dehong.cloud.supervision.internal;

import java.util.Locale;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/supervision/fund-performance")
@Tag(name = "Fund performance", description = "Art. 28, 29: per unit and budget year, budget vs actual spend vs idle "
        + "spend, utilisation of the budget and the vendor assessment result; read-only")
class FundPerformanceApiController {

    private final FundPerformanceService funds;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    FundPerformanceApiController(FundPerformanceService funds, OrganizationDirectory organization,
                                 MessageSource messages) {
        this.funds = funds;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "资金绩效 / "
            + "Fund performance of a budget year (default the current one) for every unit the caller reads "
            + "(a unit: its own row; the vendor: 403): budget set by finance, actual spend billed in the year, idle "
            + "spend = monthly fee at stake of the year's idle and over-provisioned instances, utilisation = actual / "
            + "budget, and the signed-off vendor assessments of the year; empty=true when the year has no data. "
            + "Paged: rows holds one page (page of totalPages, totalRows in all), total sums every filtered row")
    FundPerformance fundPerformance(
            @Parameter(description = "budget year, yyyy") @RequestParam(required = false) String year,
            @Parameter(description = "county unit id; 0 = prefecture-level units") @RequestParam(required = false) Long countyId,
            @Parameter(description = "part of the unit's name or code") @RequestParam(required = false) String q,
            @Parameter(description = "only units that spent more than their budget") @RequestParam(defaultValue = "false") boolean overBudget,
            @Parameter(description = "unit, county, budget, actual, utilisation or idle") @RequestParam(required = false) String sort,
            @Parameter(description = "asc (default) or desc") @RequestParam(required = false) String dir,
            @Parameter(description = "page number, 0-based (clamped to the last page)") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page, 1 to 200 (default 20)") @RequestParam(required = false) Integer size) {
        int pageSize = FundPerformanceService.pageSize(size);
        return funds.compute(organization.currentActor(), funds.year(year), countyId, q, overBudget, sort, dir)
                .slice(page, pageSize);
    }

    @GetMapping("/xlsx")
    @Operation(summary = "资金绩效 Excel / "
            + "Every row the filters keep (not only one page) as an Excel sheet, in the chosen order, for "
            + "the finance bureau's budget preparation")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year,
                                @RequestParam(required = false) Long countyId,
                                @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "false") boolean overBudget,
                                @RequestParam(required = false) String sort,
                                @RequestParam(required = false) String dir, Locale locale) {
        FundPerformance fund = funds.compute(organization.currentActor(), funds.year(year), countyId, q, overBudget,
                sort, dir);
        return FundPerformanceExcel.response(fund, messages, locale);
    }
}
