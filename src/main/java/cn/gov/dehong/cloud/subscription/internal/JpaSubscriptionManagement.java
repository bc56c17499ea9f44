package cn.gov.dehong.cloud.subscription.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceEvents.ServiceChanged;
import cn.gov.dehong.cloud.subscription.ServiceEvents.ServiceTerminated;
import cn.gov.dehong.cloud.subscription.ServiceEvents.ServiceWentLive;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.StatusChange;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import jakarta.persistence.criteria.Predicate;
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
            String before = describe(instance);
            move(instance, ServiceInstanceStatus.ACTIVE, billingStart, "test period ended");
            instance.startBilling(billingStart);
            audit.record("service.goLive", AUDIT_TYPE, instance.getId(), before, describe(instance));
            events.publishEvent(new ServiceWentLive(instance.getId(), instance.getUnitId(), billingStart));
        }
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
