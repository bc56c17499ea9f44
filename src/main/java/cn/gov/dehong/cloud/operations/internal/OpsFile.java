package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An uploaded file of operations (ticket attachment, bulletin attachment, drill report, custody agreement), kept in
 * the database so that every instance serves it. {@code ownerType}/{@code ownerId} say what it belongs to.
 */
@Entity
@Table(name = "ops_file")
class OpsFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String ownerType;

    @Column(nullable = false)
    private Long ownerId;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String contentType;

    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected OpsFile() {
    }

    OpsFile(String ownerType, Long ownerId, String fileName, String contentType, byte[] content, String sha256,
            String uploadedBy, Instant uploadedAt) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() { return id; }
    String getOwnerType() { return ownerType; }
    Long getOwnerId() { return ownerId; }
    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    long getSizeBytes() { return sizeBytes; }
    String getSha256() { return sha256; }
    byte[] getContent() { return content; }
    String getUploadedBy() { return uploadedBy; }
    Instant getUploadedAt() { return uploadedAt; }

    FileView toView() {
        return new FileView(id, fileName, contentType, sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
