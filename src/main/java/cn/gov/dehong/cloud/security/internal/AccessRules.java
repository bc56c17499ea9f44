package cn.gov.dehong.cloud.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import cn.gov.dehong.cloud.security.AccessAction;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** When a grant is in force, and whether an access session was covered by one (Art. 23). Plain Java, no clock of its own. */
final class AccessRules {

    /** A requested window may start this much before "now" (the time it takes to fill in the form). */
    static final Duration START_TOLERANCE = Duration.ofMinutes(5);

    private AccessRules() {
    }

    enum GrantStatus { REQUESTED, APPROVED, REFUSED }

    /** The state of a grant at a moment: stored status plus the clock. */
    enum GrantState { PENDING, REFUSED, SCHEDULED, ACTIVE, EXPIRED }

    /** Why an access session is a violation. */
    enum Violation {
        /** The operator held no approved grant for the resource. */
        NO_GRANT,
        /** A grant exists but the session is (partly) outside its window: not yet valid or expired. */
        OUTSIDE_WINDOW,
        /** A grant covered the time but not every action done. */
        ACTION_NOT_GRANTED
    }

    record GrantTerms(GrantStatus status, Instant validFrom, Instant validUntil, Set<AccessAction> actions) {
    }

    static void validateRequest(Instant from, Instant until, Collection<AccessAction> actions, Instant now,
                                int maxDays) {
        if (actions == null || actions.isEmpty()) {
            throw BusinessRuleException.invalid("security.grant.error.actionsRequired");
        }
        if (from == null || until == null) {
            throw BusinessRuleException.invalid("security.grant.error.windowRequired");
        }
        if (!until.isAfter(from)) {
            throw BusinessRuleException.invalid("security.grant.error.endBeforeStart");
        }
        if (from.isBefore(now.minus(START_TOLERANCE))) {
            throw BusinessRuleException.invalid("security.grant.error.windowInPast");
        }
        if (Duration.between(from, until).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw BusinessRuleException.invalid("security.grant.error.windowTooLong", maxDays);
        }
    }

    static GrantState state(GrantTerms grant, Instant now) {
        return switch (grant.status()) {
            case REFUSED -> GrantState.REFUSED;
            case REQUESTED -> now.isBefore(grant.validUntil()) ? GrantState.PENDING : GrantState.EXPIRED;
            case APPROVED -> now.isBefore(grant.validFrom()) ? GrantState.SCHEDULED
                    : now.isBefore(grant.validUntil()) ? GrantState.ACTIVE : GrantState.EXPIRED;
        };
    }

    static boolean isActive(GrantTerms grant, Instant now) {
        return state(grant, now) == GrantState.ACTIVE;
    }

    /** Whether the grant was approved and its window [from, until) contains the whole session with every action. */
    static boolean covers(GrantTerms grant, Instant start, Instant end, Set<AccessAction> actions) {
        return grant.status() == GrantStatus.APPROVED && inWindow(grant, start, end)
                && grant.actions().containsAll(actions);
    }

    /** The violation of a session against the operator's grants for the resource, or null when one covers it. */
    static Violation violation(Collection<GrantTerms> grants, Instant start, Instant end, Set<AccessAction> actions) {
        boolean anyApproved = false;
        boolean anyInWindow = false;
        for (GrantTerms grant : grants) {
            if (grant.status() != GrantStatus.APPROVED) {
                continue;
            }
            anyApproved = true;
            if (covers(grant, start, end, actions)) {
                return null;
            }
            anyInWindow |= inWindow(grant, start, end);
        }
        if (!anyApproved) {
            return Violation.NO_GRANT;
        }
        return anyInWindow ? Violation.ACTION_NOT_GRANTED : Violation.OUTSIDE_WINDOW;
    }

    static void validateSession(Instant start, Instant end, Collection<AccessAction> actions, Instant now) {
        if (actions == null || actions.isEmpty()) {
            throw BusinessRuleException.invalid("security.grant.error.actionsRequired");
        }
        if (start == null || end == null) {
            throw BusinessRuleException.invalid("security.session.error.timesRequired");
        }
        if (!end.isAfter(start)) {
            throw BusinessRuleException.invalid("security.grant.error.endBeforeStart");
        }
        if (end.isAfter(now.plus(START_TOLERANCE))) {
            throw BusinessRuleException.invalid("security.session.error.future");
        }
    }

    static String format(Set<AccessAction> actions) {
        return String.join(",", actions.stream().sorted().map(Enum::name).toList());
    }

    static Set<AccessAction> parse(String actions) {
        Set<AccessAction> set = EnumSet.noneOf(AccessAction.class);
        for (String action : actions.split(",")) {
            if (!action.isBlank()) {
                set.add(AccessAction.valueOf(action.strip()));
            }
        }
        return set;
    }

    private static boolean inWindow(GrantTerms grant, Instant start, Instant end) {
        return !start.isBefore(grant.validFrom()) && !end.isAfter(grant.validUntil());
    }
}
