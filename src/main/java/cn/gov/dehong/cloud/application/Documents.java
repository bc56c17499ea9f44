package cn.gov.dehong.cloud.application;

/**
 * The platform's document store (kept in the database, checked for size and that the content is really a PDF, Word or
 * Excel file), for modules that keep documents of their own subjects (standalone-project plans, training materials):
 * one store, one set of checks. The caller decides who may read a document it refers to.
 */
public interface Documents {

    /** Checks and stores a document; throws a 4xx BusinessRuleException when it is empty, too large or not of its kind. */
    StoredDocument store(String fileName, byte[] content, String uploadedBy);

    DocumentContent content(Long id);

    record StoredDocument(Long id, String fileName, String contentType, long size, String sha256) {
    }

    record DocumentContent(String fileName, String contentType, byte[] content) {
    }
}
