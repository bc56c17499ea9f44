package cn.gov.dehong.cloud.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A material of a session (slides, handbook); the content sits in the platform's document store. */
@Entity
@Table(name = "trn_material")
class TrainingMaterial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long sessionId;

    @Column(nullable = false)
    private Long attachmentId;

    @Column(nullable = false)
    private String fileName;

    private long fileSize;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private String uploadedBy;

    protected TrainingMaterial() {
    }

    TrainingMaterial(Long sessionId, Long attachmentId, String fileName, long fileSize, String sha256, String uploadedBy) {
        this.sessionId = sessionId;
        this.attachmentId = attachmentId;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
    }

    Long getId() { return id; }
    Long getSessionId() { return sessionId; }
    Long getAttachmentId() { return attachmentId; }
    String getFileName() { return fileName; }
    long getFileSize() { return fileSize; }
    String getSha256() { return sha256; }
}
