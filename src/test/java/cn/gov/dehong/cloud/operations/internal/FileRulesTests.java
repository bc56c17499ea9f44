package cn.gov.dehong.cloud.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class FileRulesTests {

    static final byte[] PDF = "%PDF-1.4\n%report\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    @Test
    void acceptsPdfImagesAndRealOfficeFiles() throws IOException {
        assertThat(FileRules.check("报告.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(FileRules.check("screen.PNG", PNG).contentType()).isEqualTo("image/png");
        assertThat(FileRules.check("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).contentType())
                .isEqualTo("image/jpeg");
        assertThat(FileRules.check("清单.xlsx", ooxml("xl/workbook.xml")).fileName()).isEqualTo("清单.xlsx");
        assertThat(FileRules.check("C:\\fakepath\\..\\x/agreement.docx", ooxml("word/document.xml")).fileName())
                .isEqualTo("agreement.docx");
    }

    @Test
    void refusesContentThatDoesNotMatchTheExtension() throws IOException {
        assertInvalid("malware.pdf", "MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1), "operations.file.error.type");
        assertInvalid("screen.png", PDF, "operations.file.error.type");
        // a plain ZIP renamed to .docx, and a spreadsheet renamed to .docx
        assertInvalid("archive.docx", zip("readme.txt"), "operations.file.error.type");
        assertInvalid("sheet.docx", ooxml("xl/workbook.xml"), "operations.file.error.type");
        assertInvalid("script.sh", "#!/bin/sh".getBytes(StandardCharsets.US_ASCII), "operations.file.error.type");
        assertInvalid("noextension", PDF, "operations.file.error.type");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertInvalid("empty.pdf", new byte[0], "operations.file.error.empty");
        byte[] big = new byte[(int) FileRules.MAX_SIZE + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertInvalid("big.pdf", big, "operations.file.error.tooLarge");
        byte[] limit = new byte[(int) FileRules.MAX_SIZE];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(FileRules.check("limit.pdf", limit).fileName()).isEqualTo("limit.pdf");
    }

    private static void assertInvalid(String name, byte[] content, String key) {
        assertThatThrownBy(() -> FileRules.check(name, content)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo(key);
    }

    static byte[] ooxml(String part) throws IOException {
        return zip("[Content_Types].xml", part);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
