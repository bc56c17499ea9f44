package cn.gov.dehong.cloud.operations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Checks (see {@link FileRules}) and stores the files of operations; joins the caller's transaction. */
@Service
class OperationsFiles {

    private final OpsFileRepository files;
    private final Clock clock;

    OperationsFiles(OpsFileRepository files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    OpsFile store(String ownerType, Long ownerId, MultipartFile file, String uploadedBy) {
        if (file == null || file.isEmpty()) {
            throw BusinessRuleException.invalid("operations.file.error.empty");
        }
        if (file.getSize() > FileRules.MAX_SIZE) {
            throw BusinessRuleException.invalid("operations.file.error.tooLarge", FileRules.MAX_SIZE / 1024 / 1024);
        }
        try {
            return store(ownerType, ownerId, file.getOriginalFilename(), file.getBytes(), uploadedBy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    OpsFile store(String ownerType, Long ownerId, String originalName, byte[] content, String uploadedBy) {
        FileRules.Checked checked = FileRules.check(originalName, content);
        return files.save(new OpsFile(ownerType, ownerId, checked.fileName(), checked.contentType(), content,
                sha256(content), uploadedBy, clock.instant()));
    }

    /** 404 unless the file belongs to that owner (an id alone never opens another object's file). */
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(String ownerType, Long ownerId, Long fileId) {
        OpsFile file = files.findByIdAndOwnerTypeAndOwnerId(fileId, ownerType, ownerId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .body(file.getContent());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
