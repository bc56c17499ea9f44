package cn.gov.dehong.cloud.audit.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long>, JpaSpecificationExecutor<AuditRecord> {

    List<AuditRecord> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

    /** Retention archive: the next batch of entries older than the cutoff. */
    List<AuditRecord> findByOccurredAtBeforeAndIdGreaterThanOrderByIdAsc(Instant cutoff, Long afterId, Pageable page);

    /** Retention archive: native, because the entity is immutable for everything else. */
    @Modifying
    @Query(value = "DELETE FROM audit_record WHERE id BETWEEN :fromId AND :toId AND occurred_at < :cutoff",
            nativeQuery = true)
    int deleteArchived(long fromId, long toId, Instant cutoff);
}
