package cn.gov.dehong.cloud.billing.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A statement workbook of several sheets (summary, details...), streamed: POI keeps a window of rows in memory and
 * writes the rest to a temporary file, so 100,000 lines export without 100,000 rows on the heap. Amounts are
 * numbers with a "#,##0.00" format, so that finance can sum them in Excel.
 */
public final class XlsxWorkbook implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle bold;
    private final CellStyle money;
    private Sheet sheet;
    private int rowIndex;

    public XlsxWorkbook() {
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    /** Starts a sheet with a bold header row; sheet names may be Chinese (at most 31 characters). */
    public XlsxWorkbook sheet(String name, List<String> headers) {
        sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        rowIndex = 0;
        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, 18 * 256);
        }
        return this;
    }

    public XlsxWorkbook row(List<?> values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof BigDecimal amount) {
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(money);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    public byte[] toBytes() {
        try (var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
