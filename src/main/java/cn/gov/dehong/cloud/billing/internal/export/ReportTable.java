package cn.gov.dehong.cloud.billing.internal.export;

import java.math.BigDecimal;

import cn.gov.dehong.cloud.shared.PdfReport;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of a statement, written once and rendered to both Excel and PDF: headers, which columns are numeric,
 * rows of values (BigDecimal amounts, numbers, text) and an optional total row.
 */
public record ReportTable(String title, List<String> headers, boolean[] numeric, List<List<Object>> rows,
                          List<Object> total) {

    public void addTo(XlsxWorkbook workbook) {
        workbook.sheet(title, headers);
        rows.forEach(workbook::row);
        if (total != null) {
            workbook.row(total);
        }
    }

    public void addTo(PdfReport report) {
        report.table(headers, numeric, rows.stream().map(ReportTable::texts).toList(), total == null ? null : texts(total));
    }

    private static List<String> texts(List<Object> values) {
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
            texts.add(value == null ? "" : value instanceof BigDecimal amount ? PdfReport.money(amount) : value.toString());
        }
        return texts;
    }
}
