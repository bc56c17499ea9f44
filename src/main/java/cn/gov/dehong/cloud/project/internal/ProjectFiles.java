package cn.gov.dehong.cloud.project.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.application.Documents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Uploads read into {@link ProjectRules.FileInput}s and documents sent back as downloads; shared by page and API. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    static ProjectRules.FileInput read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new ProjectRules.FileInput(String.valueOf(file.getOriginalFilename()), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ProjectRules.FileInput> read(List<MultipartFile> files) {
        List<ProjectRules.FileInput> read = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                ProjectRules.FileInput input = read(file);
                if (input != null) {
                    read.add(input);
                }
            }
        }
        return read;
    }

    static ResponseEntity<byte[]> download(Documents.DocumentContent document) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(document.contentType()))
                .body(document.content());
    }
}
