package cn.gov.dehong.cloud.billing.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import cn.gov.dehong.cloud.shared.PdfReport;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Statements print Chinese and ¥ with the font shipped in the application; workbooks keep numbers as numbers. */
class PdfReportTests {

    @Test
    void chineseTextAndYuanSignsAreInThePdf() throws Exception {
        PdfReport report = new PdfReport("2026-05 中标供应商结算单", true);
        report.line("账期：2026-05　状态：已结账");
        new ReportTable("", List.of("付款方", "金额"), new boolean[] {false, true},
                List.of(List.of("州数字经济发展中心（德宏州州级负担）", new BigDecimal("12345.60")),
                        List.of("芒市数字经济主管部门（县市负担）", new BigDecimal("0.05"))),
                List.of("合计", new BigDecimal("12345.65"))).addTo(report);
        byte[] pdf = report.toBytes();

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("中标供应商结算单", "州数字经济发展中心", "芒市数字经济主管部门", "合计",
                "¥12,345.60", "¥0.05", "¥12,345.65");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("WenQuanYi");
        reader.close();
    }

    @Test
    void aWorkbookHasOneSheetPerTableAndAmountsAsNumbers() throws Exception {
        byte[] bytes;
        try (XlsxWorkbook workbook = new XlsxWorkbook()) {
            new ReportTable("按付款方", List.of("付款方", "金额"), new boolean[] {false, true},
                    List.of(List.of("州数字经济发展中心", new BigDecimal("10.10"))), List.of("合计", new BigDecimal("10.10")))
                    .addTo(workbook);
            workbook.sheet("明细", List.of("实例", "金额")).row(List.of("SI-1", new BigDecimal("10.10")));
            bytes = workbook.toBytes();
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("按付款方");
            assertThat(workbook.getSheet("明细").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(10.10);
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("合计");
        }
    }
}
