package cn.gov.dehong.cloud.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Writes and reads the operation log. Writing joins the caller's transaction, so a rolled-back change leaves no record. */
public interface AuditLog {

    void record(String action, String objectType, Object objectId, String before, String after);

    Page<AuditEntry> search(AuditQuery query, Pageable pageable);

    List<AuditEntry> forObject(String objectType, Object objectId);

    // ---- retention archive (Art. 17): used only by operations' AuditArchive, the one place that prunes the log ----

    /**
     * Entries that occurred before {@code cutoff}, by ascending id, with an id above {@code afterId}, at most
     * {@code limit}: the next batch for the retention archive.
     */
    List<AuditEntry> entriesOlderThan(Instant cutoff, long afterId, int limit);

    /**
     * Deletes the entries with {@code fromId <= id <= toId} that occurred before {@code cutoff} (the batch just
     * archived, never a younger entry) and returns how many. Joins the caller's transaction.
     */
    int deleteArchived(long fromId, long toId, Instant cutoff);
}
