package cn.gov.dehong.cloud.operations.internal;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** Who may act in operations: units for their own services, the vendor for the work, the DEC to supervise. */
final class Access {

    private Access() {
    }

    static boolean isUnitMember(Actor actor) {
        return actor.hasAny(Role.UNIT_APPLICANT, Role.UNIT_LEADER);
    }

    static boolean isMemberOf(Actor actor, Long unitId) {
        return isUnitMember(actor) && unitId.equals(actor.unitId());
    }

    static boolean isVendor(Actor actor) {
        return actor.has(Role.VENDOR_OPERATOR);
    }

    /** DEC, administrators and auditors: they read every list and its flags. */
    static boolean isSupervisor(Actor actor) {
        return actor.hasAny(Role.DEC_ACCEPTOR, Role.DEC_REVIEWER, Role.SYSTEM_ADMIN, Role.AUDITOR);
    }

    static void requireVendor(Actor actor) {
        if (!isVendor(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static void requireUnitMember(Actor actor) {
        if (!isUnitMember(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static void requireVendorOrSupervisor(Actor actor) {
        if (!isVendor(actor) && !isSupervisor(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    /** Mandatory text, trimmed, at most {@code max} characters. */
    static String text(String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.invalid(missingKey);
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw BusinessRuleException.invalid("operations.error.tooLong", max);
        }
        return trimmed;
    }

    /** Optional text, trimmed (null when blank), at most {@code max} characters. */
    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw BusinessRuleException.invalid("operations.error.tooLong", max);
        }
        return trimmed;
    }
}
