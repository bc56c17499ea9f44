package cn.gov.dehong.cloud.audit.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.audit.AuditQuery;
import cn.gov.dehong.cloud.shared.UnitMember;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class JpaAuditLog implements AuditLog {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int MAX_STATE = 4000;

    private final AuditRecordRepository records;

    JpaAuditLog(AuditRecordRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, Object objectId, String before, String after) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null ? "system" : authentication.getName();
        Long unitId = authentication != null && authentication.getPrincipal() instanceof UnitMember member
                ? member.unitId() : null;
        records.save(new AuditRecord(Instant.now(), actor, unitId, action, objectType,
                objectId == null ? null : objectId.toString(), clip(before), clip(after), clientAddress()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
        Specification<AuditRecord> spec = (root, cq, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (hasText(query.actor())) {
                predicates.add(cb.equal(root.get("actor"), query.actor().trim()));
            }
            if (hasText(query.action())) {
                predicates.add(cb.like(root.get("action"), query.action().trim() + "%"));
            }
            if (hasText(query.objectType())) {
                predicates.add(cb.equal(root.get("objectType"), query.objectType().trim()));
            }
            if (hasText(query.objectId())) {
                predicates.add(cb.equal(root.get("objectId"), query.objectId().trim()));
            }
            if (query.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        query.from().atStartOfDay(SHANGHAI).toInstant()));
            }
            if (query.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"),
                        query.to().plusDays(1).atStartOfDay(SHANGHAI).toInstant()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return records.findAll(spec, pageable).map(JpaAuditLog::toEntry);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> forObject(String objectType, Object objectId) {
        return records.findByObjectTypeAndObjectIdOrderByIdAsc(objectType, objectId.toString()).stream()
                .map(JpaAuditLog::toEntry).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesOlderThan(Instant cutoff, long afterId, int limit) {
        return records.findByOccurredAtBeforeAndIdGreaterThanOrderByIdAsc(cutoff, afterId,
                org.springframework.data.domain.PageRequest.of(0, limit)).stream().map(JpaAuditLog::toEntry).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteArchived(long fromId, long toId, Instant cutoff) {
        return records.deleteArchived(fromId, toId, cutoff);
    }

    private static AuditEntry toEntry(AuditRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt(), r.getActor(), r.getActorUnitId(), r.getAction(),
                r.getObjectType(), r.getObjectId(), r.getBefore(), r.getAfter(), r.getIpAddress());
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_STATE ? value : value.substring(0, MAX_STATE);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
