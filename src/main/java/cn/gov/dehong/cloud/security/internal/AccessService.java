package cn.gov.dehong.cloud.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.security.AccessAction;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access authorisation (Art. 22, 23): the vendor asks, the leader of the resource's unit decides, grants lapse by the
 * clock; every access session is kept, and one outside an active grant is a violation the unit leader and the DEC
 * are told about. The unit sees every grant and session on its resources; an operator sees their own.
 */
@Service
@Transactional
class AccessService {

    static final String GRANT_AUDIT_TYPE = "AccessGrant";
    static final String SESSION_AUDIT_TYPE = "AccessSession";
    static final String LINK = "/security";

    private final AccessGrantRepository grants;
    private final AccessSessionRepository sessions;
    private final SubscriptionManagement subscriptions;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxGrantDays;

    AccessService(AccessGrantRepository grants, AccessSessionRepository sessions,
                  SubscriptionManagement subscriptions, Notices notices, AuditLog audit, Clock clock,
                  @Value("${dehong.security.access-grant-max-days:30}") int maxGrantDays) {
        this.grants = grants;
        this.sessions = sessions;
        this.subscriptions = subscriptions;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        this.maxGrantDays = maxGrantDays;
    }

    record GrantRequest(Long instanceId, String purpose, Set<AccessAction> actions, Instant validFrom,
                        Instant validUntil) {
    }

    record Decision(Long version, String reason) {
    }

    record SessionInput(Long instanceId, Long grantId, Instant startedAt, Instant endedAt, Set<AccessAction> actions,
                        String description) {
    }

    record GrantView(Long id, Long unitId, String unitName, Long instanceId, String instanceCode, String operator,
                     String purpose, Set<AccessAction> actions, Instant validFrom, Instant validUntil,
                     AccessRules.GrantState state, Instant requestedAt, String decidedBy, Instant decidedAt,
                     String refusalReason, long version) {
    }

    record SessionView(Long id, Long unitId, String unitName, Long instanceId, String instanceCode, Long grantId,
                       String operator, Instant startedAt, Instant endedAt, Set<AccessAction> actions,
                       String description, AccessRules.Violation violation, Instant recordedAt) {
    }

    /** A resource an operator may enter now, with the actions and until when. */
    record ResourceView(Long instanceId, String instanceCode, Long unitId, String unitName, Set<AccessAction> actions,
                        Instant validUntil) {
    }

    GrantView request(Actor actor, GrantRequest input) {
        SecurityAccess.requireVendor(actor);
        if (input.instanceId() == null) {
            throw BusinessRuleException.invalid("security.grant.error.instanceRequired");
        }
        ServiceInstanceView instance = subscriptions.instance(input.instanceId());
        if (instance.status() == ServiceInstanceStatus.TERMINATED) {
            throw BusinessRuleException.invalid("security.grant.error.terminated", instance.code());
        }
        String purpose = SecurityAccess.text(input.purpose(), 1000, "security.grant.error.purposeRequired");
        Instant now = clock.instant();
        AccessRules.validateRequest(input.validFrom(), input.validUntil(), input.actions(), now, maxGrantDays);
        AccessGrant grant = grants.saveAndFlush(new AccessGrant(instance.unitId(), instance.unitName(), instance.id(),
                instance.code(), actor.username(), purpose, EnumSet.copyOf(input.actions()), input.validFrom(),
                input.validUntil(), now));
        audit.record("security.grant.request", GRANT_AUDIT_TYPE, grant.getId(), null, grant.describe());
        notices.send(Actor.groupOf(Role.UNIT_LEADER, instance.unitId()), "security.notice.grantRequested",
                List.of(instance.code(), actor.displayName()), LINK);
        return view(grant, now);
    }

    GrantView approve(Actor actor, Long id, Decision decision) {
        AccessGrant grant = decidable(actor, id, decision);
        String before = grant.describe();
        grant.approve(actor.username(), clock.instant());
        grants.saveAndFlush(grant);
        audit.record("security.grant.approve", GRANT_AUDIT_TYPE, id, before, grant.describe());
        notices.send(Actor.personal(grant.getOperator()), "security.notice.grantApproved",
                List.of(grant.getInstanceCode()), LINK);
        return view(grant, clock.instant());
    }

    GrantView refuse(Actor actor, Long id, Decision decision) {
        String reason = SecurityAccess.text(decision == null ? null : decision.reason(), 1000,
                "security.grant.error.reasonRequired");
        AccessGrant grant = decidable(actor, id, decision);
        String before = grant.describe();
        grant.refuse(actor.username(), clock.instant(), reason);
        grants.saveAndFlush(grant);
        audit.record("security.grant.refuse", GRANT_AUDIT_TYPE, id, before, grant.describe());
        notices.send(Actor.personal(grant.getOperator()), "security.notice.grantRefused",
                List.of(grant.getInstanceCode(), reason), LINK);
        return view(grant, clock.instant());
    }

    @Transactional(readOnly = true)
    GrantView grant(Actor actor, Long id) {
        return view(visibleGrant(actor, id), clock.instant());
    }

    @Transactional(readOnly = true)
    List<GrantView> grants(Actor actor, boolean activeOnly) {
        Instant now = clock.instant();
        List<AccessGrant> list;
        if (SecurityAccess.isSupervisor(actor)) {
            list = grants.findAllByOrderByRequestedAtDescIdDesc();
        } else if (SecurityAccess.isUnitMember(actor)) {
            list = grants.findByUnitIdOrderByRequestedAtDescIdDesc(actor.unitId());
        } else if (SecurityAccess.isVendor(actor)) {
            list = grants.findByOperatorOrderByRequestedAtDescIdDesc(actor.username());
        } else {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return list.stream().filter(g -> !activeOnly || AccessRules.isActive(g.terms(), now))
                .map(g -> view(g, now)).toList();
    }

    /** The resources the calling operator holds an active grant for now (Art. 23: they see nothing else). */
    @Transactional(readOnly = true)
    List<ResourceView> resources(Actor actor) {
        SecurityAccess.requireVendor(actor);
        Instant now = clock.instant();
        Map<Long, ResourceView> byInstance = new LinkedHashMap<>();
        for (AccessGrant grant : grants.findByOperatorAndStatusOrderByInstanceCodeAsc(actor.username(),
                AccessRules.GrantStatus.APPROVED)) {
            if (!AccessRules.isActive(grant.terms(), now)) {
                continue;
            }
            ResourceView previous = byInstance.get(grant.getInstanceId());
            Set<AccessAction> actions = EnumSet.copyOf(grant.terms().actions());
            Instant until = grant.getValidUntil();
            if (previous != null) {
                actions.addAll(previous.actions());
                until = until.isAfter(previous.validUntil()) ? until : previous.validUntil();
            }
            byInstance.put(grant.getInstanceId(), new ResourceView(grant.getInstanceId(), grant.getInstanceCode(),
                    grant.getUnitId(), grant.getUnitName(), actions, until));
        }
        return List.copyOf(byInstance.values());
    }

    SessionView recordSession(Actor actor, SessionInput input) {
        SecurityAccess.requireVendor(actor);
        if (input.instanceId() == null) {
            throw BusinessRuleException.invalid("security.grant.error.instanceRequired");
        }
        ServiceInstanceView instance = subscriptions.instance(input.instanceId());
        Instant now = clock.instant();
        AccessRules.validateSession(input.startedAt(), input.endedAt(), input.actions(), now);
        String description = SecurityAccess.text(input.description(), 2000, "security.session.error.descriptionRequired");
        Set<AccessAction> actions = EnumSet.copyOf(input.actions());
        List<AccessGrant> candidates;
        if (input.grantId() != null) {
            AccessGrant named = grants.findById(input.grantId())
                    .filter(g -> g.getOperator().equals(actor.username()) && g.getInstanceId().equals(instance.id()))
                    .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
            candidates = List.of(named);
        } else {
            candidates = grants.findByOperatorAndInstanceIdAndStatus(actor.username(), instance.id(),
                    AccessRules.GrantStatus.APPROVED);
        }
        AccessRules.Violation violation = AccessRules.violation(candidates.stream().map(AccessGrant::terms).toList(),
                input.startedAt(), input.endedAt(), actions);
        Long grantId = candidates.stream()
                .filter(g -> AccessRules.covers(g.terms(), input.startedAt(), input.endedAt(), actions))
                .map(AccessGrant::getId).findFirst()
                .orElse(input.grantId());
        AccessSession session = sessions.saveAndFlush(new AccessSession(instance.unitId(), instance.unitName(),
                instance.id(), instance.code(), grantId, actor.username(), input.startedAt(), input.endedAt(), actions,
                description, violation, now));
        audit.record("security.session.record", SESSION_AUDIT_TYPE, session.getId(), null, session.describe());
        if (violation != null) {
            audit.record("security.session.violation", SESSION_AUDIT_TYPE, session.getId(), null,
                    violation + ": " + session.describe());
            List<String> arguments = List.of(instance.code(), actor.displayName(), violation.name());
            notices.send(Actor.groupOf(Role.UNIT_LEADER, instance.unitId()), "security.notice.violation", arguments,
                    LINK);
            notices.send(Role.DEC_REVIEWER.name(), "security.notice.violation", arguments, LINK);
        }
        return view(session);
    }

    @Transactional(readOnly = true)
    List<SessionView> sessions(Actor actor, boolean violationsOnly) {
        List<AccessSession> list;
        if (SecurityAccess.isSupervisor(actor)) {
            list = sessions.findAllByOrderByStartedAtDescIdDesc();
        } else if (SecurityAccess.isUnitMember(actor)) {
            list = sessions.findByUnitIdOrderByStartedAtDescIdDesc(actor.unitId());
        } else if (SecurityAccess.isVendor(actor)) {
            list = sessions.findByOperatorOrderByStartedAtDescIdDesc(actor.username());
        } else {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        return list.stream().filter(s -> !violationsOnly || s.getViolation() != null).map(AccessService::view)
                .toList();
    }

    /** The grant, if the caller is the leader of its unit and it is still open; one decision wins. */
    private AccessGrant decidable(Actor actor, Long id, Decision decision) {
        AccessGrant grant = visibleGrant(actor, id);
        if (!actor.has(Role.UNIT_LEADER) || !grant.getUnitId().equals(actor.unitId())) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        if (decision == null || decision.version() == null) {
            throw BusinessRuleException.invalid("security.grant.error.versionRequired");
        }
        if (grant.getStatus() != AccessRules.GrantStatus.REQUESTED) {
            throw BusinessRuleException.conflict("security.grant.error.alreadyDecided");
        }
        if (decision.version() != grant.getVersion()) {
            throw BusinessRuleException.conflict("error.concurrentChange");
        }
        if (!clock.instant().isBefore(grant.getValidUntil())) {
            throw BusinessRuleException.conflict("security.grant.error.lapsed");
        }
        return grant;
    }

    private AccessGrant visibleGrant(Actor actor, Long id) {
        AccessGrant grant = grants.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        boolean sees = SecurityAccess.sees(actor, grant.getUnitId())
                || (SecurityAccess.isVendor(actor) && grant.getOperator().equals(actor.username()));
        if (!sees) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return grant;
    }

    private static GrantView view(AccessGrant g, Instant now) {
        return new GrantView(g.getId(), g.getUnitId(), g.getUnitName(), g.getInstanceId(), g.getInstanceCode(),
                g.getOperator(), g.getPurpose(), g.terms().actions(), g.getValidFrom(), g.getValidUntil(),
                AccessRules.state(g.terms(), now), g.getRequestedAt(), g.getDecidedBy(), g.getDecidedAt(),
                g.getRefusalReason(), g.getVersion());
    }

    private static SessionView view(AccessSession s) {
        return new SessionView(s.getId(), s.getUnitId(), s.getUnitName(), s.getInstanceId(), s.getInstanceCode(),
                s.getGrantId(), s.getOperator(), s.getStartedAt(), s.getEndedAt(), s.getActions(), s.getDescription(),
                s.getViolation(), s.getRecordedAt());
    }
}
