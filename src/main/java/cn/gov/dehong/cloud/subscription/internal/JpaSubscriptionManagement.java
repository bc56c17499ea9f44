package cn.gov.dehong.cloud.subscription.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.GoLiveCheck;
import cn.gov.dehong.cloud.subscription.ServiceEvents.ServiceChanged;
import cn.gov.dehong.cloud.subscription.ServiceEvents.ServiceTerminated;
import cn.gov.dehong.cloud.subscription.ServiceEvents.ServiceWentLive;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.StatusChange;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaSubscriptionManagement implements SubscriptionManagement {

    private static final String AUDIT_TYPE = "ServiceInstance";

    private final ServiceInstanceRepository instances;
    private final ServiceInstanceTransitionRepository transitions;
    private final SpecRevisionRepository revisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    JpaSubscriptionManagement(ServiceInstanceRepository instances, ServiceInstanceTransitionRepository transitions,
                              SpecRevisionRepository revisions, AuditLog audit, ApplicationEventPublisher events) {
        this.instances = instances;
        this.transitions = transitions;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<Long> openForTest(Long applicationId, Long unitId, String unitName, PlatformZone zone,
                                  List<ServiceLine> lines, LocalDate testStart, LocalDate testEnd) {
        if (!instances.findByApplicationIdOrderByIdAsc(applicationId).isEmpty()) {
            throw BusinessRuleException.conflict("subscription.error.alreadyOpened", applicationId);
        }
        List<Long> ids = new ArrayList<>();
        int sequence = 1;
        for (ServiceLine line : lines) {
            String code = "SI-%d-%06d-%02d".formatted(Year.from(testStart).getValue(), applicationId, sequence++);
            ServiceInstance instance = instances.save(new ServiceInstance(code, applicationId, unitId, unitName,
                    line.productId(), line.productName(), zone, line.spec(), line.quantity(),
                    line.monthlyFeeEstimate(), testStart, testEnd));
            transitions.save(new ServiceInstanceTransition(instance.getId(), null, ServiceInstanceStatus.TESTING,
                    testStart, actor(), null));
            revisions.save(new SpecRevision(instance, testStart));
            audit.record("service.openForTest", AUDIT_TYPE, instance.getId(), null, describe(instance));
            ids.add(instance.getId());
        }
        return ids;
    }

    @Override
    public void goLive(Long applicationId, LocalDate billingStart) {
        for (ServiceInstance instance : instances.findByApplicationIdOrderByIdAsc(applicationId)) {
            if (instance.getStatus() != ServiceInstanceStatus.TESTING) {
                continue;
            }
            runGoLiveChecks(instance, billingStart);
            String before = describe(instance);
            move(instance, ServiceInstanceStatus.ACTIVE, billingStart, "test period ended");
            instance.startBilling(billingStart);
            audit.record("service.goLive", AUDIT_TYPE, instance.getId(), before, describe(instance));
            events.publishEvent(new ServiceWentLive(instance.getId(), instance.getUnitId(), billingStart));
        }
    }

    /** Other modules' vetoes (e.g. operations' custody gate, Art. 20); optional so that tests may run without them. */
    @Autowired
    private ObjectProvider<GoLiveCheck> goLiveChecks;

    @Override
    @Transactional(readOnly = true)
    public void checkGoLive(Long applicationId, LocalDate billingStart) {
        for (ServiceInstance instance : instances.findByApplicationIdOrderByIdAsc(applicationId)) {
            if (instance.getStatus() == ServiceInstanceStatus.TESTING) {
                runGoLiveChecks(instance, billingStart);
            }
        }
    }

    private void runGoLiveChecks(ServiceInstance instance, LocalDate billingStart) {
        ServiceInstanceView view = toView(instance);
        goLiveChecks.orderedStream().forEach(check -> check.check(view, billingStart));
    }

    @Override
    public void confirmGoLive(Long applicationId) {
        for (ServiceInstance instance : instances.findByApplicationIdOrderByIdAsc(applicationId)) {
            if (instance.getStatus() == ServiceInstanceStatus.ACTIVE && !instance.isGoLiveConfirmed()) {
                instance.confirmGoLive();
                audit.record("service.confirmGoLive", AUDIT_TYPE, instance.getId(), null, "confirmed");
            }
        }
    }

    @Override
    public void startChange(Long instanceId, LocalDate on, String reason) {
        ServiceInstance instance = load(instanceId);
        String before = describe(instance);
        move(instance, ServiceInstanceStatus.CHANGING, on, reason);
        audit.record("service.startChange", AUDIT_TYPE, instanceId, before, describe(instance));
    }

    @Override
    public void completeChange(Long instanceId, SpecValues spec, int quantity, BigDecimal monthlyFeeEstimate,
                               LocalDate effectiveOn) {
        ServiceInstance instance = load(instanceId);
        String before = describe(instance);
        BigDecimal oldFee = instance.getMonthlyFeeEstimate();
        move(instance, ServiceInstanceStatus.ACTIVE, effectiveOn, "change applied");
        instance.applySpec(spec, quantity);
        instance.changeFee(monthlyFeeEstimate);
        revisions.save(new SpecRevision(instance, effectiveOn));
        audit.record("service.completeChange", AUDIT_TYPE, instanceId, before, describe(instance));
        events.publishEvent(new ServiceChanged(instanceId, instance.getUnitId(), effectiveOn, oldFee, monthlyFeeEstimate));
    }

    @Override
    public void suspend(Long instanceId, LocalDate on, String reason) {
        ServiceInstance instance = load(instanceId);
        String before = describe(instance);
        move(instance, ServiceInstanceStatus.SUSPENDED, on, reason);
        audit.record("service.suspend", AUDIT_TYPE, instanceId, before, describe(instance));
    }

    @Override
    public void restore(Long instanceId, LocalDate on, String reason) {
        ServiceInstance instance = load(instanceId);
        if (instance.getStatus() != ServiceInstanceStatus.SUSPENDED) {
            throw BusinessRuleException.conflict("subscription.error.transition", instance.getCode(),
                    instance.getStatus(), ServiceInstanceStatus.ACTIVE);
        }
        String before = describe(instance);
        move(instance, ServiceInstanceStatus.ACTIVE, on, reason);
        audit.record("service.restore", AUDIT_TYPE, instanceId, before, describe(instance));
    }

    @Override
    public void terminate(Long instanceId, LocalDate endDate, String reason) {
        ServiceInstance instance = load(instanceId);
        if (instance.getBillingStart() != null && endDate.isBefore(instance.getBillingStart())) {
            throw BusinessRuleException.invalid("subscription.error.endBeforeStart", instance.getCode());
        }
        String before = describe(instance);
        move(instance, ServiceInstanceStatus.TERMINATED, endDate, reason);
        instance.end(endDate);
        audit.record("service.terminate", AUDIT_TYPE, instanceId, before, describe(instance));
        events.publishEvent(new ServiceTerminated(instanceId, instance.getUnitId(), endDate));
    }

    @Override
    @Transactional(readOnly = true)
    public ServiceInstanceView instance(Long instanceId) {
        return toView(load(instanceId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<cn.gov.dehong.cloud.subscription.ServiceInstanceSummary> summaries(
            java.util.Collection<Long> instanceIds) {
        List<cn.gov.dehong.cloud.subscription.ServiceInstanceSummary> result = new ArrayList<>(instanceIds.size());
        for (List<Long> chunk : cn.gov.dehong.cloud.shared.IdChunks.of(instanceIds)) {
            result.addAll(instances.summaries(chunk));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceInstanceView> forApplication(Long applicationId) {
        return instances.findByApplicationIdOrderByIdAsc(applicationId).stream().map(this::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ServiceInstanceView> search(DataScope scope, ServiceInstanceQuery query, Pageable pageable) {
        Specification<ServiceInstance> spec = (root, cq, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.all()) {
                predicates.add(root.get("unitId").in(scope.unitIds()));
            }
            if (query.unitId() != null) {
                predicates.add(cb.equal(root.get("unitId"), query.unitId()));
            }
            if (query.status() != null) {
                predicates.add(cb.equal(root.get("status"), query.status()));
            }
            if (query.zone() != null) {
                predicates.add(cb.equal(root.get("zone"), query.zone()));
            }
            if (query.text() != null && !query.text().isBlank()) {
                String like = "%" + query.text().trim() + "%";
                predicates.add(cb.or(cb.like(root.get("code"), like), cb.like(root.get("productName"), like),
                        cb.like(root.get("unitName"), like)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return instances.findAll(spec, pageable).map(this::toView);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusChange> history(Long instanceId) {
        return transitions.findByInstanceIdOrderByIdAsc(instanceId).stream()
                .map(t -> new StatusChange(t.getFromStatus(), t.getToStatus(), t.getEffectiveOn(), t.getRecordedAt(),
                        t.getActor(), t.getReason()))
                .toList();
    }

    /** Scalar queries only: no entity enters the persistence context, so a billing run's memory stays flat. */
    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public List<ServiceHistory> productionHistories(LocalDate from, LocalDate to, Collection<Long> unitIds,
                                                    long afterId, int limit) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        String jpql = "select i.id, i.code, i.unitId, i.unitName, i.productId, i.productName, i.billingStart, i.endDate,"
                + " i.status from ServiceInstance i where i.billingStart is not null and i.billingStart <= :to"
                + " and (i.endDate is null or i.endDate >= :from) and i.id > :afterId"
                + (unitIds == null ? "" : " and i.unitId in :unitIds") + " order by i.id";
        var query = entityManager.createQuery(jpql, Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("afterId", afterId)
                .setMaxResults(limit);
        if (unitIds != null) {
            query.setParameter("unitIds", unitIds);
        }
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // the page's id range (an index range scan, no list of thousands of parameters); rows of instances outside
        // the page (not in production then) are skipped
        Long first = (Long) rows.get(0)[0];
        Long last = (Long) rows.get(rows.size() - 1)[0];
        Map<Long, List<SpecPeriod>> specs = new HashMap<>();
        rows.forEach(row -> specs.put((Long) row[0], new ArrayList<>(2)));
        entityManager.createQuery("select r.instanceId, r.effectiveFrom, r.vcpu, r.memoryGb, r.diskGb, r.bandwidthMbps,"
                        + " r.quantity from SpecRevision r where r.instanceId between :first and :last"
                        + " order by r.instanceId, r.effectiveFrom, r.id", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultList()
                .forEach(row -> {
                    List<SpecPeriod> ofInstance = specs.get((Long) row[0]);
                    if (ofInstance != null) {
                        ofInstance.add(new SpecPeriod((LocalDate) row[1], specValues(row), (Integer) row[6]));
                    }
                });
        Map<Long, List<StatusStep>> statuses = new HashMap<>();
        rows.forEach(row -> statuses.put((Long) row[0], new ArrayList<>(4)));
        entityManager.createQuery("select t.instanceId, t.toStatus, t.effectiveOn from ServiceInstanceTransition t"
                        + " where t.instanceId between :first and :last order by t.instanceId, t.id", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultList()
                .forEach(row -> {
                    List<StatusStep> ofInstance = statuses.get((Long) row[0]);
                    if (ofInstance != null) {
                        ofInstance.add(new StatusStep((ServiceInstanceStatus) row[1], (LocalDate) row[2]));
                    }
                });
        return rows.stream().map(row -> new ServiceHistory((Long) row[0], (String) row[1], (Long) row[2],
                        (String) row[3], (Long) row[4], (String) row[5], (LocalDate) row[6], (LocalDate) row[7],
                        (ServiceInstanceStatus) row[8], specs.getOrDefault((Long) row[0], List.of()),
                        statuses.getOrDefault((Long) row[0], List.of())))
                .toList();
    }

    private static SpecValues specValues(Object[] revision) {
        return SpecValues.of((Integer) revision[2], (Integer) revision[3], (Integer) revision[4], (Integer) revision[5]);
    }

    private void move(ServiceInstance instance, ServiceInstanceStatus target, LocalDate effectiveOn, String reason) {
        ServiceInstanceStatus previous = instance.moveTo(target);
        transitions.save(new ServiceInstanceTransition(instance.getId(), previous, target, effectiveOn, actor(), reason));
    }

    private ServiceInstance load(Long instanceId) {
        return instances.findById(instanceId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String describe(ServiceInstance instance) {
        return "status=%s, spec=%s, quantity=%d, fee=%s, billingStart=%s, end=%s".formatted(instance.getStatus(),
                instance.spec().values(), instance.getQuantity(), instance.getMonthlyFeeEstimate(),
                instance.getBillingStart(), instance.getEndDate());
    }

    private ServiceInstanceView toView(ServiceInstance i) {
        return new ServiceInstanceView(i.getId(), i.getCode(), i.getApplicationId(), i.getUnitId(), i.getUnitName(),
                i.getProductId(), i.getProductName(), i.getZone(), i.spec(), i.getQuantity(), i.getStatus(),
                i.getTestStart(), i.getTestEnd(), i.getBillingStart(), i.getEndDate(), i.getMonthlyFeeEstimate(),
                i.isGoLiveConfirmed(), i.getVersion());
    }
}
