package cn.gov.dehong.cloud.billing.internal.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.gov.dehong.cloud.billing.internal.BudgetStatus;
import cn.gov.dehong.cloud.billing.internal.ChargeLineView;
import cn.gov.dehong.cloud.billing.internal.CostBearer;
import cn.gov.dehong.cloud.billing.internal.PenaltyView;
import cn.gov.dehong.cloud.billing.internal.Statement;
import cn.gov.dehong.cloud.billing.internal.StatementRows.CountyRow;
import cn.gov.dehong.cloud.billing.internal.StatementRows.PayerRow;
import cn.gov.dehong.cloud.billing.internal.StatementRows.ProductRow;
import cn.gov.dehong.cloud.billing.internal.StatementRows.UnitRow;
import cn.gov.dehong.cloud.billing.internal.StatementRows.VendorPayerRow;
import cn.gov.dehong.cloud.billing.internal.UnitBill;
import cn.gov.dehong.cloud.billing.internal.SettlementStatement;
import cn.gov.dehong.cloud.shared.PdfReport;
import cn.gov.dehong.cloud.billing.internal.export.ReportTable;
import cn.gov.dehong.cloud.billing.internal.export.XlsxWorkbook;
import cn.gov.dehong.cloud.shared.Excel;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every statement as an Excel workbook (summary sheet, then the detail lines) and as a PDF, in the caller's language.
 * The tables are built once ({@link ReportTable}) and rendered to both formats, so that they always agree.
 */
@Component
class StatementDocuments {

    static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;

    StatementDocuments(MessageSource messages) {
        this.messages = messages;
    }

    /** Streams a period's lines to a consumer (so that the detail sheet never holds them all). */
    interface LineSource {
        void forEach(Consumer<ChargeLineView> consumer);
    }

    // ---- period statements ----

    ResponseEntity<byte[]> statementXlsx(Statement<?> statement, LineSource lines, Locale locale) {
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            summary(statement, locale).addTo(workbook);
            details(workbook, lines, locale);
            return download(workbook.toBytes(), fileName(statement.kind().name(), statement.period(), locale), "xlsx", Excel.XLSX);
        }
    }

    ResponseEntity<byte[]> statementPdf(Statement<?> statement, Locale locale, Instant now) {
        PdfReport report = new PdfReport(title(statement.kind().name(), statement.period(), locale), false);
        header(report, statement.period(), statement.status().name(), now, locale);
        summary(statement, locale).addTo(report);
        report.line(text(locale, "billing.doc.rounding"));
        return download(report.toBytes(), fileName(statement.kind().name(), statement.period(), locale), "pdf", PDF);
    }

    private ReportTable summary(Statement<?> statement, Locale locale) {
        String sheet = text(locale, "billing.statement." + statement.kind());
        List<List<Object>> rows = new ArrayList<>();
        String totalLabel = text(locale, "billing.total");
        return switch (statement.kind()) {
            case PAYER -> {
                statement.rows().forEach(row -> {
                    PayerRow r = (PayerRow) row;
                    rows.add(List.of(payer(r.bearer(), r.payerName(), locale), text(locale, "billing.bearer." + r.bearer()),
                            r.lineCount(), r.amount()));
                });
                yield new ReportTable(sheet, headers(locale, "billing.col.payer", "billing.col.bearer", "billing.col.lines",
                        "billing.col.amount"), numeric(false, false, true, true), rows,
                        List.of(totalLabel, "", statement.lineCount(), statement.total()));
            }
            case UNIT -> {
                statement.rows().forEach(row -> {
                    UnitRow r = (UnitRow) row;
                    rows.add(List.of(r.unitName(), r.lineCount(), r.prefecture(), r.county(), r.direct(), r.amount()));
                });
                yield new ReportTable(sheet, headers(locale, "billing.col.unit", "billing.col.lines",
                        "billing.col.prefecture", "billing.col.county", "billing.col.direct", "billing.col.amount"),
                        numeric(false, true, true, true, true, true), rows,
                        List.of(totalLabel, statement.lineCount(), sum(statement, r -> ((UnitRow) r).prefecture()),
                                sum(statement, r -> ((UnitRow) r).county()), sum(statement, r -> ((UnitRow) r).direct()),
                                statement.total()));
            }
            case COUNTY -> {
                statement.rows().forEach(row -> {
                    CountyRow r = (CountyRow) row;
                    rows.add(List.of(r.countyName(), r.unitName(), r.lineCount(), r.amount()));
                });
                yield new ReportTable(sheet, headers(locale, "billing.col.county", "billing.col.unit", "billing.col.lines",
                        "billing.col.amount"), numeric(false, false, true, true), rows,
                        List.of(totalLabel, "", statement.lineCount(), statement.total()));
            }
            case PRODUCT -> {
                statement.rows().forEach(row -> {
                    ProductRow r = (ProductRow) row;
                    rows.add(List.of(r.productName(), r.instanceCount(), r.lineCount(), r.amount()));
                });
                yield new ReportTable(sheet, headers(locale, "billing.col.product", "billing.col.instances",
                        "billing.col.lines", "billing.col.amount"), numeric(false, true, true, true), rows,
                        List.of(totalLabel, "", statement.lineCount(), statement.total()));
            }
        };
    }

    private static BigDecimal sum(Statement<?> statement, Function<Object, BigDecimal> part) {
        return statement.rows().stream().map(part).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    // ---- vendor settlement statement ----

    ResponseEntity<byte[]> vendorXlsx(SettlementStatement statement, LineSource lines, Locale locale) {
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            vendorSummary(statement, locale).addTo(workbook);
            penalties(statement.penalties(), locale).addTo(workbook);
            details(workbook, lines, locale);
            return download(workbook.toBytes(), fileName("VENDOR", statement.period(), locale), "xlsx", Excel.XLSX);
        }
    }

    ResponseEntity<byte[]> vendorPdf(SettlementStatement statement, List<ChargeLineView> disputes, Locale locale, Instant now) {
        PdfReport report = new PdfReport(title("VENDOR", statement.period(), locale), true);
        header(report, statement.period(), statement.status().name(), now, locale);
        if (statement.paymentHeld()) {
            report.line(text(locale, "billing.vendor.held"));
        }
        vendorSummary(statement, locale).addTo(report);
        report.line(text(locale, "billing.vendor.reviewCounts", statement.confirmed(), statement.disputed(),
                statement.resolved(), statement.open()));
        if (!statement.penalties().isEmpty()) {
            report.line(text(locale, "billing.penalties.title"));
            penalties(statement.penalties(), locale).addTo(report);
        }
        if (!disputes.isEmpty()) {
            report.line(text(locale, "billing.vendor.disputes"));
            List<List<Object>> rows = new ArrayList<>();
            disputes.forEach(line -> rows.add(Arrays.asList(line.instanceCode(), line.unitName(), line.productName(),
                    line.amount(), text(locale, "billing.review." + line.review()), line.reviewReason(),
                    line.resolutionNote())));
            new ReportTable("", headers(locale, "billing.col.instance", "billing.col.unit", "billing.col.product",
                    "billing.col.amount", "billing.col.review", "billing.col.reason", "billing.col.resolution"),
                    numeric(false, false, false, true, false, false, false), rows, null).addTo(report);
        }
        report.line(text(locale, "billing.doc.detailsInExcel"));
        report.line(text(locale, "billing.doc.rounding"));
        return download(report.toBytes(), fileName("VENDOR", statement.period(), locale), "pdf", PDF);
    }

    private ReportTable vendorSummary(SettlementStatement statement, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (VendorPayerRow row : statement.payers()) {
            rows.add(List.of(payer(row.bearer(), row.payerName(), locale), row.lineCount(), row.gross(), row.deductions(),
                    row.net(), row.held() ? text(locale, "billing.vendor.heldShort") : "", row.confirmed(), row.disputed(),
                    row.open()));
        }
        long lines = statement.payers().stream().mapToLong(VendorPayerRow::lineCount).sum();
        return new ReportTable(text(locale, "billing.vendor.title"), headers(locale, "billing.col.payer",
                "billing.col.lines", "billing.col.gross", "billing.col.deductions", "billing.col.net",
                "billing.col.hold", "billing.col.confirmed", "billing.col.disputed", "billing.col.open"),
                numeric(false, true, true, true, true, false, true, true, true), rows,
                List.of(text(locale, "billing.total"), lines, statement.gross(), statement.deductions(), statement.net(),
                        statement.paymentHeld() ? text(locale, "billing.vendor.heldShort") : "", statement.confirmed(),
                        statement.disputed(), statement.open()));
    }

    private ReportTable penalties(List<PenaltyView> penalties, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (PenaltyView penalty : penalties) {
            rows.add(Arrays.asList(text(locale, "billing.penalty.kind." + penalty.kind()), penalty.amount(),
                    penalty.reference(), penalty.reason(), penalty.recordedBy(), time(penalty.recordedAt()),
                    penalty.releasedAt() == null ? "" : time(penalty.releasedAt()) + " " + penalty.releaseNote()));
        }
        return new ReportTable(text(locale, "billing.penalties.title"), headers(locale, "billing.col.penaltyKind",
                "billing.col.amount", "billing.col.reference", "billing.col.reason", "billing.col.recordedBy",
                "billing.col.recordedAt", "billing.col.released"), numeric(false, true, false, false, false, false, false),
                rows, null);
    }

    // ---- a unit's bill ----

    ResponseEntity<byte[]> unitBillXlsx(UnitBill bill, LineSource lines, Locale locale) {
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            unitSummary(bill, locale).addTo(workbook);
            details(workbook, lines, locale);
            return download(workbook.toBytes(), fileName("BILL", bill.period(), locale), "xlsx", Excel.XLSX);
        }
    }

    ResponseEntity<byte[]> unitBillPdf(UnitBill bill, List<ChargeLineView> lines, Locale locale, Instant now) {
        PdfReport report = new PdfReport(text(locale, "billing.doc.title.BILL", bill.period(), bill.unitName()), true);
        header(report, bill.period(), bill.status().name(), now, locale);
        unitSummary(bill, locale).addTo(report);
        List<List<Object>> rows = new ArrayList<>();
        for (ChargeLineView line : lines) {
            rows.add(Arrays.asList(line.instanceCode(), line.productName(), line.spec(), line.quantity(),
                    line.priceList(), line.monthlyFee(), days(line), payer(line.bearer(), line.bearerName(), locale),
                    line.amount()));
        }
        new ReportTable("", headers(locale, "billing.col.instance", "billing.col.product", "billing.col.spec",
                "billing.col.quantity", "billing.col.priceList", "billing.col.monthlyFee", "billing.col.days",
                "billing.col.payer", "billing.col.amount"), numeric(false, false, false, true, false, true, true, false, true),
                rows, List.of(text(locale, "billing.total"), "", "", "", "", "", "", "", bill.total())).addTo(report);
        report.line(text(locale, "billing.doc.rounding"));
        return download(report.toBytes(), fileName("BILL", bill.period(), locale), "pdf", PDF);
    }

    private ReportTable unitSummary(UnitBill bill, Locale locale) {
        return new ReportTable(text(locale, "billing.bill.summary"), headers(locale, "billing.col.unit",
                "billing.col.prefecture", "billing.col.county", "billing.col.direct", "billing.col.amount"),
                numeric(false, true, true, true, true),
                List.of(List.of(bill.unitName(), bill.prefecture(), bill.county(), bill.direct(), bill.total())), null);
    }

    // ---- budgets ----

    ResponseEntity<byte[]> budgetsXlsx(int year, List<BudgetStatus> statuses, Locale locale) {
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            workbook.sheet(text(locale, "billing.budgets.sheet", String.valueOf(year)), headers(locale, "billing.col.unit",
                    "billing.col.budget", "billing.col.consumed", "billing.col.committed", "billing.col.remaining",
                    "billing.col.warning", "billing.col.note"));
            for (BudgetStatus status : statuses) {
                workbook.row(Arrays.asList(status.unitName(), status.budget(), status.consumed(), status.committed(),
                        status.remaining(), status.warning() ? text(locale, "billing.budget.warningShort") : "",
                        status.note()));
            }
            return download(workbook.toBytes(), text(locale, "billing.budgets.file", String.valueOf(year)), "xlsx", Excel.XLSX);
        }
    }

    // ---- parts ----

    private void details(XlsxWorkbook workbook, LineSource lines, Locale locale) {
        workbook.sheet(text(locale, "billing.doc.details"), headers(locale, "billing.col.period", "billing.col.kind",
                "billing.col.adjusts", "billing.col.instance", "billing.col.unit", "billing.col.product",
                "billing.col.spec", "billing.col.quantity", "billing.col.priceList", "billing.col.monthlyFee",
                "billing.col.usedFrom", "billing.col.usedTo", "billing.col.usedDays", "billing.col.billedDays",
                "billing.col.daysInMonth", "billing.col.payer", "billing.col.share", "billing.col.amount",
                "billing.col.review", "billing.col.note"));
        lines.forEach(line -> workbook.row(Arrays.asList(line.period(), text(locale, "billing.kind." + line.kind()),
                line.adjustsPeriod(), line.instanceCode(), line.unitName(), line.productName(), line.spec(),
                line.quantity(), line.priceList(), line.monthlyFee(), date(line.usedFrom()), date(line.usedTo()),
                line.usedDays(), line.billedDays(), line.daysInMonth(), payer(line.bearer(), line.bearerName(), locale),
                line.sharePercent(), line.amount(), text(locale, "billing.review." + line.review()),
                line.note() != null ? line.note() : line.reviewReason())));
    }

    private void header(PdfReport report, String period, String status, Instant now, Locale locale) {
        report.line(text(locale, "billing.doc.header", period, text(locale, "billing.period.status." + status), time(now)));
    }

    String payer(CostBearer bearer, String name, Locale locale) {
        return text(locale, "billing.payer." + bearer, name);
    }

    private String title(String kind, String period, Locale locale) {
        return text(locale, "billing.doc.title." + kind, period);
    }

    private String fileName(String kind, String period, Locale locale) {
        return text(locale, "billing.doc.file." + kind, period);
    }

    private static String days(ChargeLineView line) {
        return line.billedDays() == null ? "" : line.billedDays() + "/" + line.daysInMonth();
    }

    private static String date(Object value) {
        return value == null ? null : value.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> text(locale, key)).toList();
    }

    private static boolean[] numeric(boolean... columns) {
        return columns;
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static ResponseEntity<byte[]> download(byte[] body, String name, String extension, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + extension, StandardCharsets.UTF_8).build().toString())
                .contentType(type)
                .body(body);
    }
}
