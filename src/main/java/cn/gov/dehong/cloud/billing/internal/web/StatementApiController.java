package cn.gov.dehong.cloud.billing.internal.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.billing.internal.ChargeLineView;
import cn.gov.dehong.cloud.billing.internal.LineFilter;
import cn.gov.dehong.cloud.billing.internal.ReviewService;
import cn.gov.dehong.cloud.billing.internal.ReviewStatus;
import cn.gov.dehong.cloud.billing.internal.Statement;
import cn.gov.dehong.cloud.billing.internal.StatementKind;
import cn.gov.dehong.cloud.billing.internal.StatementService;
import cn.gov.dehong.cloud.billing.internal.UnitBill;
import cn.gov.dehong.cloud.billing.internal.SettlementStatement;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/billing/periods/{period}")
@Tag(name = "Billing statements", description = "Statements per payer, unit, county and product; the vendor settlement "
        + "statement with line-by-line confirmation and disputes; a unit's bill; Excel and PDF exports")
class StatementApiController {

    /** A unit's bill in PDF lists every line; more than this is a statement for Excel. */
    static final int PDF_LINE_LIMIT = 5_000;
    static final Sort LINE_ORDER = Sort.by("unitName", "instanceCode", "id");

    private final StatementService statements;
    private final ReviewService reviews;
    private final StatementDocuments documents;
    private final OrganizationDirectory organization;
    private final Clock clock;

    StatementApiController(StatementService statements, ReviewService reviews, StatementDocuments documents,
                           OrganizationDirectory organization, Clock clock) {
        this.statements = statements;
        this.reviews = reviews;
        this.documents = documents;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/statements/{kind}")
    @Operation(summary = "账期报表 / "
            + "A statement of the period: kind payer, unit, county or product; the total is the exact sum of the rows")
    Statement<?> statement(@PathVariable String period, @PathVariable String kind) {
        return statements.statement(organization.currentActor(), period, kind(kind));
    }

    @GetMapping("/statements/{kind}/xlsx")
    @Operation(summary = "账期报表 Excel / The statement as Excel: summary sheet and detail lines")
    ResponseEntity<byte[]> statementXlsx(@PathVariable String period, @PathVariable String kind, Locale locale) {
        Actor actor = organization.currentActor();
        Statement<?> statement = statements.statement(actor, period, kind(kind));
        return documents.statementXlsx(statement,
                consumer -> statements.forEachLine(actor, period, LineFilter.all(), LINE_ORDER, consumer), locale);
    }

    @GetMapping("/statements/{kind}/pdf")
    @Operation(summary = "账期报表 PDF / The statement as PDF (Chinese rendered with the embedded font)")
    ResponseEntity<byte[]> statementPdf(@PathVariable String period, @PathVariable String kind, Locale locale) {
        Statement<?> statement = statements.statement(organization.currentActor(), period, kind(kind));
        return documents.statementPdf(statement, locale, clock.instant());
    }

    @GetMapping("/vendor-statement")
    @Operation(summary = "供应商结算单 / "
            + "The vendor settlement statement: per payer gross, Art. 26 deductions, net, hold, review progress")
    SettlementStatement vendorStatement(@PathVariable String period) {
        return statements.vendorStatement(organization.currentActor(), period);
    }

    @GetMapping("/vendor-statement/xlsx")
    @Operation(summary = "供应商结算单 Excel / The vendor settlement statement as Excel")
    ResponseEntity<byte[]> vendorXlsx(@PathVariable String period, Locale locale) {
        Actor actor = organization.currentActor();
        SettlementStatement statement = statements.vendorStatement(actor, period);
        return documents.vendorXlsx(statement,
                consumer -> statements.forEachLine(actor, period, LineFilter.all(), LINE_ORDER, consumer), locale);
    }

    @GetMapping("/vendor-statement/pdf")
    @Operation(summary = "供应商结算单 PDF（含争议明细） / The vendor settlement statement as PDF, with the disputed lines")
    ResponseEntity<byte[]> vendorPdf(@PathVariable String period, Locale locale) {
        Actor actor = organization.currentActor();
        SettlementStatement statement = statements.vendorStatement(actor, period);
        List<ChargeLineView> disputes = new ArrayList<>();
        for (ReviewStatus status : new ReviewStatus[] {ReviewStatus.DISPUTED, ReviewStatus.RESOLVED}) {
            disputes.addAll(statements.lines(actor, period, new LineFilter(null, null, null, null, null, status, null),
                    PageRequest.of(0, PDF_LINE_LIMIT, LINE_ORDER)).getContent());
        }
        return documents.vendorPdf(statement, disputes, locale, clock.instant());
    }

    @PostMapping("/vendor-statement/confirm-open")
    @Operation(summary = "供应商确认全部未审明细 / The vendor confirms every line it has not reviewed yet")
    BillingRequests.Count confirmOpen(@PathVariable String period) {
        return new BillingRequests.Count(reviews.confirmOpen(organization.currentActor(), period));
    }

    @PostMapping("/lines/{lineId}/confirm")
    @Operation(summary = "供应商确认一条明细 / The vendor confirms one line")
    ChargeLineView confirm(@PathVariable String period, @PathVariable Long lineId) {
        return reviews.confirm(organization.currentActor(), period, lineId);
    }

    @PostMapping("/lines/{lineId}/dispute")
    @Operation(summary = "供应商对明细提出异议 / "
            + "The vendor disputes one line with a reason; the period cannot be closed until it is resolved")
    ChargeLineView dispute(@PathVariable String period, @PathVariable Long lineId,
                           @RequestBody BillingRequests.DisputeRequest request) {
        return reviews.dispute(organization.currentActor(), period, lineId, request.reason());
    }

    @PostMapping("/lines/{lineId}/resolve")
    @Operation(summary = "处理异议 / Finance or the DEC resolves a dispute: outcome UPHELD or REJECTED, with a note")
    ChargeLineView resolve(@PathVariable String period, @PathVariable Long lineId,
                           @RequestBody BillingRequests.ResolveRequest request) {
        return reviews.resolve(organization.currentActor(), period, lineId, outcome(request.outcome()), request.note());
    }

    @GetMapping("/units/{unitId}/bill")
    @Operation(summary = "单位账单 / A unit's bill of the period (data scope: own unit or subtree; 404 outside)")
    UnitBill bill(@PathVariable String period, @PathVariable Long unitId,
                  @PageableDefault(size = 50, sort = "id") Pageable pageable) {
        return statements.unitBill(organization.currentActor(), period, unitId, pageable);
    }

    @GetMapping("/units/{unitId}/bill/xlsx")
    @Operation(summary = "单位账单 Excel / A unit's bill as Excel")
    ResponseEntity<byte[]> billXlsx(@PathVariable String period, @PathVariable Long unitId, Locale locale) {
        Actor actor = organization.currentActor();
        UnitBill bill = statements.unitBill(actor, period, unitId, PageRequest.of(0, 1));
        return documents.unitBillXlsx(bill, consumer -> statements.forEachLine(actor, period,
                new LineFilter(null, unitId, null, null, null, null, null), LINE_ORDER, consumer), locale);
    }

    @GetMapping("/units/{unitId}/bill/pdf")
    @Operation(summary = "单位账单 PDF / A unit's bill as PDF")
    ResponseEntity<byte[]> billPdf(@PathVariable String period, @PathVariable Long unitId, Locale locale) {
        UnitBill bill = statements.unitBill(organization.currentActor(), period, unitId,
                PageRequest.of(0, PDF_LINE_LIMIT, LINE_ORDER));
        return documents.unitBillPdf(bill, bill.lines().getContent(), locale, clock.instant());
    }

    static StatementKind kind(String text) {
        try {
            return StatementKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.notFound("billing.error.statementKind", text);
        }
    }

    static ReviewService.Outcome outcome(String text) {
        try {
            return text == null ? null : ReviewService.Outcome.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessRuleException.invalid("billing.error.outcomeRequired");
        }
    }
}
