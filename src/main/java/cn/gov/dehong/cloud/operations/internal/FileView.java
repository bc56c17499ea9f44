package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

/** An attachment as lists and the API show it (never its content). */
record FileView(Long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                Instant uploadedAt) {
}
