package cn.gov.dehong.cloud.security.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic password changes (Art. 24): for each cloud host and database in use the unit confirms that the password
 * was changed; a change is due {@code dehong.security.password-rotation-days} (default 90) after the last one (or
 * after the service started); overdue resources are flagged to the unit and the DEC, and told once per due date.
 */
@Service
@Transactional
class PasswordRotationService {

    static final String AUDIT_TYPE = "PasswordRotation";
    private static final int PAGE = 500;

    private final PasswordConfirmationRepository confirmations;
    private final PasswordOverdueNoticeRepository overdueNotices;
    private final SubscriptionManagement subscriptions;
    private final CatalogManagement catalog;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final int intervalDays;
    private final Set<String> productCodes;
    private final Map<Long, String> productCodeById = new ConcurrentHashMap<>();

    PasswordRotationService(PasswordConfirmationRepository confirmations,
                            PasswordOverdueNoticeRepository overdueNotices, SubscriptionManagement subscriptions,
                            CatalogManagement catalog, Notices notices, AuditLog audit, Clock clock,
                            @Value("${dehong.security.password-rotation-days:90}") int intervalDays,
                            @Value("${dehong.security.password-rotation-products:ECS,BMS,DCH,VDI,RDS}")
                            Set<String> productCodes) {
        if (intervalDays < 1) {
            throw new IllegalArgumentException("dehong.security.password-rotation-days must be at least 1");
        }
        this.confirmations = confirmations;
        this.overdueNotices = overdueNotices;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        this.intervalDays = intervalDays;
        this.productCodes = Set.copyOf(productCodes);
    }

    /** Schema name: security has a second {@code ConfirmationInput} (service closure). */
    @Schema(name = "SecurityRotationConfirmationInput")
    record ConfirmationInput(LocalDate changedOn, String note) {
    }

    record RotationView(Long instanceId, String instanceCode, Long unitId, String unitName, String productName,
                        ServiceInstanceStatus status, LocalDate lastChangedOn, LocalDate dueOn, boolean overdue,
                        long daysOverdue) {
    }

    int intervalDays() {
        return intervalDays;
    }

    RotationView confirm(Actor actor, Long instanceId, ConfirmationInput input) {
        SecurityAccess.requireUnitMember(actor);
        ServiceInstanceView instance = instanceId == null ? null : subscriptions.instance(instanceId);
        if (instance == null || !instance.unitId().equals(actor.unitId())) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        if (!tracked(instance)) {
            throw BusinessRuleException.invalid("security.password.error.notTracked", instance.code());
        }
        LocalDate today = today();
        if (input == null || input.changedOn() == null) {
            throw BusinessRuleException.invalid("security.password.error.dateRequired");
        }
        if (input.changedOn().isAfter(today)) {
            throw BusinessRuleException.invalid("security.password.error.future");
        }
        String note = SecurityAccess.optional(input.note(), 500);
        PasswordConfirmation confirmation = confirmations.saveAndFlush(new PasswordConfirmation(instance.id(),
                instance.unitId(), input.changedOn(), note, actor.username(), clock.instant()));
        audit.record("security.password.confirm", AUDIT_TYPE, instance.id(), null, confirmation.describe());
        return view(instance, confirmations.findFirstByInstanceIdOrderByChangedOnDescIdDesc(instance.id())
                .map(PasswordConfirmation::getChangedOn).orElse(null), today);
    }

    /** A unit member: its unit's resources; the DEC and the other supervisors: every unit's. Most overdue first. */
    @Transactional(readOnly = true)
    List<RotationView> rotations(Actor actor, boolean overdueOnly) {
        DataScope scope;
        Long unitId = null;
        if (SecurityAccess.isSupervisor(actor)) {
            scope = DataScope.everything();
        } else if (SecurityAccess.isUnitMember(actor)) {
            scope = new DataScope(false, Set.of(actor.unitId()));
            unitId = actor.unitId();
        } else {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return rotations(scope, unitId).stream().filter(v -> !overdueOnly || v.overdue()).toList();
    }

    /** Tells the unit's leaders and the DEC about every resource newly overdue (once per due date); how many. */
    int noticeOverdue() {
        int told = 0;
        for (RotationView v : rotations(DataScope.everything(), null)) {
            if (!v.overdue() || overdueNotices.existsByInstanceIdAndDueOn(v.instanceId(), v.dueOn())) {
                continue;
            }
            overdueNotices.saveAndFlush(new PasswordOverdueNotice(v.instanceId(), v.dueOn(), clock.instant()));
            List<String> arguments = List.of(v.instanceCode(), v.unitName(), v.dueOn().toString());
            notices.send(Actor.groupOf(Role.UNIT_LEADER, v.unitId()), "security.notice.passwordOverdue", arguments,
                    PasswordPageController.PATH);
            notices.send(Role.DEC_REVIEWER.name(), "security.notice.passwordOverdue", arguments,
                    PasswordPageController.PATH);
            audit.record("security.password.overdue", AUDIT_TYPE, v.instanceId(), null, "due=" + v.dueOn());
            told++;
        }
        return told;
    }

    private List<RotationView> rotations(DataScope scope, Long unitId) {
        List<ServiceInstanceView> tracked = new ArrayList<>();
        int page = 0;
        Page<ServiceInstanceView> result;
        do {
            result = subscriptions.search(scope, new ServiceInstanceQuery(unitId, null, null, null),
                    PageRequest.of(page++, PAGE, Sort.by("id")));
            result.forEach(i -> {
                if (tracked(i)) {
                    tracked.add(i);
                }
            });
        } while (result.hasNext());
        Map<Long, LocalDate> latest = new HashMap<>();
        for (int from = 0; from < tracked.size(); from += PAGE) {
            List<Long> ids = tracked.subList(from, Math.min(tracked.size(), from + PAGE)).stream()
                    .map(ServiceInstanceView::id).toList();
            for (Object[] row : confirmations.latest(ids)) {
                latest.put((Long) row[0], (LocalDate) row[1]);
            }
        }
        LocalDate today = today();
        return tracked.stream().map(i -> view(i, latest.get(i.id()), today))
                .sorted(Comparator.comparing(RotationView::dueOn).thenComparing(RotationView::instanceCode)).toList();
    }

    /** A cloud host or database in use (tested, running, changing or suspended), not one that ended. */
    private boolean tracked(ServiceInstanceView instance) {
        return instance.status() != ServiceInstanceStatus.TERMINATED
                && productCodes.contains(productCodeById.computeIfAbsent(instance.productId(),
                id -> catalog.product(id).code()));
    }

    private RotationView view(ServiceInstanceView i, LocalDate lastChangedOn, LocalDate today) {
        LocalDate since = lastChangedOn != null ? lastChangedOn
                : i.billingStart() != null ? i.billingStart() : i.testStart();
        LocalDate due = since.plusDays(intervalDays);
        boolean overdue = today.isAfter(due);
        return new RotationView(i.id(), i.code(), i.unitId(), i.unitName(), i.productName(), i.status(),
                lastChangedOn, due, overdue, overdue ? today.toEpochDay() - due.toEpochDay() : 0);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
    }
}
