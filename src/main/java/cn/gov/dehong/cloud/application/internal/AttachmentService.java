package cn.gov.dehong.cloud.application.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded documents after checking their size and that their content really is of the declared kind
 * (PDF, Word, Excel): the file's first bytes must match its extension.
 */
@Service
class AttachmentService {

    static final long MAX_SIZE = 20L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Map<String, byte[]> SIGNATURES = Map.of("pdf", PDF, "docx", ZIP, "xlsx", ZIP, "doc", OLE,
            "xls", OLE);
    private static final Map<String, String> CONTENT_TYPES = Map.of("pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "doc", "application/msword", "xls", "application/vnd.ms-excel");

    private final AttachmentRepository attachments;
    private final Clock clock;

    AttachmentService(AttachmentRepository attachments, Clock clock) {
        this.attachments = attachments;
        this.clock = clock;
    }

    @Transactional
    Attachment store(MultipartFile file, String uploadedBy) {
        if (file == null || file.isEmpty()) {
            throw BusinessRuleException.invalid("attachment.error.empty");
        }
        if (file.getSize() > MAX_SIZE) {
            throw BusinessRuleException.invalid("attachment.error.tooLarge", MAX_SIZE / 1024 / 1024);
        }
        return store(String.valueOf(file.getOriginalFilename()), bytes(file), uploadedBy);
    }

    @Transactional
    Attachment store(String originalName, byte[] content, String uploadedBy) {
        if (content.length == 0) {
            throw BusinessRuleException.invalid("attachment.error.empty");
        }
        if (content.length > MAX_SIZE) {
            throw BusinessRuleException.invalid("attachment.error.tooLarge", MAX_SIZE / 1024 / 1024);
        }
        String name = StringUtils.getFilename(StringUtils.cleanPath(originalName));
        if (name == null || name.isBlank() || name.contains("..")) {
            throw BusinessRuleException.invalid("attachment.error.type");
        }
        String extension = StringUtils.getFilenameExtension(name);
        byte[] signature = extension == null ? null : SIGNATURES.get(extension.toLowerCase(Locale.ROOT));
        if (signature == null || !startsWith(content, signature)) {
            throw BusinessRuleException.invalid("attachment.error.type");
        }
        return attachments.save(new Attachment(name, CONTENT_TYPES.get(extension.toLowerCase(Locale.ROOT)), content,
                sha256(content), uploadedBy, clock.instant()));
    }

    @Transactional(readOnly = true)
    Attachment load(Long id) {
        return attachments.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
