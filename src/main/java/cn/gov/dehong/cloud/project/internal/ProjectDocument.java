package cn.gov.dehong.cloud.project.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document of a project (the plan, or a further attachment); its content sits in the platform's document store. */
@Entity
@Table(name = "prj_document")
class ProjectDocument {

    enum Kind { PLAN, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long projectId;

    @Column(nullable = false)
    private Long attachmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String fileName;

    private long fileSize;

    @Column(nullable = false)
    private String sha256;

    protected ProjectDocument() {
    }

    ProjectDocument(Long projectId, Long attachmentId, Kind kind, String fileName, long fileSize, String sha256) {
        this.projectId = projectId;
        this.attachmentId = attachmentId;
        this.kind = kind;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.sha256 = sha256;
    }

    Long getId() { return id; }
    Long getProjectId() { return projectId; }
    Long getAttachmentId() { return attachmentId; }
    Kind getKind() { return kind; }
    String getFileName() { return fileName; }
    long getFileSize() { return fileSize; }
    String getSha256() { return sha256; }
}
