package cn.gov.dehong.cloud.shared;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A printable statement: title, a few header lines, tables with a total row. Chinese (and ¥) need an embedded CJK
 * font: {@link CjkFont}. In the shared kernel because billing's statements, operations' monthly usage report and
 * supervision's bulletins print the same way.
 */
public final class PdfReport {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final Font titleFont;
    private final Font textFont;
    private final Font headerFont;
    private final Font cellFont;

    public PdfReport(String title, boolean landscape) {
        BaseFont font = font();
        titleFont = new Font(font, 15, Font.BOLD);
        textFont = new Font(font, 9.5f);
        headerFont = new Font(font, 8.5f, Font.BOLD);
        cellFont = new Font(font, 8.5f);
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("dehong-cloud");
        document.open();
        Paragraph heading = new Paragraph(title, titleFont);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(8);
        add(heading);
    }

    /** The embedded CJK font, shared with every PDF of the platform. */
    static BaseFont font() {
        return CjkFont.baseFont();
    }

    public PdfReport line(String text) {
        add(new Paragraph(text, textFont));
        return this;
    }

    /**
     * A table: {@code numeric[i]} right-aligns column i (amounts and counts); {@code total} (may be null) is printed
     * as a bold last row.
     */
    public PdfReport table(List<String> headers, boolean[] numeric, List<List<String>> rows, List<String> total) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        float[] widths = new float[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = numeric[i] ? 1f : 2.5f;   // names need the room, amounts and counts do not
        }
        table.setWidths(widths);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (int i = 0; i < headers.size(); i++) {
            table.addCell(cell(headers.get(i), headerFont, numeric[i], new Color(0xE9, 0xEC, 0xEF)));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), cellFont, numeric[i], null));
            }
        }
        if (total != null) {
            for (int i = 0; i < total.size(); i++) {
                table.addCell(cell(total.get(i), headerFont, numeric[i], new Color(0xF8, 0xF9, 0xFA)));
            }
        }
        add(table);
        return this;
    }

    public byte[] toBytes() {
        document.close();
        return out.toByteArray();
    }

    /** "¥1,234.50": the way amounts are printed. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : "¥" + String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static PdfPCell cell(String text, Font font, boolean numeric, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
