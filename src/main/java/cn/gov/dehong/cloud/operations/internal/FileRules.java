package cn.gov.dehong.cloud.operations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.util.StringUtils;

/**
 * What operations accepts as an attachment: PDF, images (PNG, JPEG, GIF) and office documents, at most 10 MB, whose
 * first bytes match the extension (an .exe renamed .pdf is refused). An Office Open XML file must really be one:
 * a ZIP with {@code [Content_Types].xml} and the part folder of its kind (a renamed .zip is refused).
 */
final class FileRules {

    static final long MAX_SIZE = 10L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private record Kind(byte[] signature, String contentType, String ooxmlFolder) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind(PDF, "application/pdf", null)),
            Map.entry("png", new Kind(PNG, "image/png", null)),
            Map.entry("jpg", new Kind(JPEG, "image/jpeg", null)),
            Map.entry("jpeg", new Kind(JPEG, "image/jpeg", null)),
            Map.entry("gif", new Kind(GIF, "image/gif", null)),
            Map.entry("doc", new Kind(OLE, "application/msword", null)),
            Map.entry("xls", new Kind(OLE, "application/vnd.ms-excel", null)),
            Map.entry("ppt", new Kind(OLE, "application/vnd.ms-powerpoint", null)),
            Map.entry("docx", new Kind(ZIP,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/")),
            Map.entry("xlsx", new Kind(ZIP,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/")),
            Map.entry("pptx", new Kind(ZIP,
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/")));

    private FileRules() {
    }

    /** The clean file name and its content type, or a 400 with a message saying what is wrong. */
    static Checked check(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessRuleException.invalid("operations.file.error.empty");
        }
        if (content.length > MAX_SIZE) {
            throw BusinessRuleException.invalid("operations.file.error.tooLarge", MAX_SIZE / 1024 / 1024);
        }
        String name = originalName == null ? null : StringUtils.getFilename(StringUtils.cleanPath(originalName));
        if (name == null || name.isBlank() || name.contains("..") || name.length() > 200) {
            throw BusinessRuleException.invalid("operations.file.error.type");
        }
        String extension = StringUtils.getFilenameExtension(name);
        Kind kind = extension == null ? null : KINDS.get(extension.toLowerCase(Locale.ROOT));
        if (kind == null || !startsWith(content, kind.signature())
                || (kind.ooxmlFolder() != null && !isOfficeOpenXml(content, kind.ooxmlFolder()))) {
            throw BusinessRuleException.invalid("operations.file.error.type");
        }
        return new Checked(name, kind.contentType());
    }

    record Checked(String fileName, String contentType) {
    }

    private static boolean isOfficeOpenXml(byte[] content, String folder) {
        boolean contentTypes = false;
        boolean part = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                part |= entry.getName().startsWith(folder);
                if (contentTypes && part) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
