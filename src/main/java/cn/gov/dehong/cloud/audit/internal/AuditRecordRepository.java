package cn.gov.dehong.cloud.audit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long>, JpaSpecificationExecutor<AuditRecord> {

    List<AuditRecord> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);
}
