package cn.gov.dehong.cloud.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Writes and reads the operation log. Writing joins the caller's transaction, so a rolled-back change leaves no record. */
public interface AuditLog {

    void record(String action, String objectType, Object objectId, String before, String after);

    Page<AuditEntry> search(AuditQuery query, Pageable pageable);

    List<AuditEntry> forObject(String objectType, Object objectId);
}
