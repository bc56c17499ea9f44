package cn.gov.dehong.cloud.security.internal;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** Who may act in security: units for their own systems and resources, the vendor under grants, supervisors read. */
final class SecurityAccess {

    private SecurityAccess() {
    }

    static boolean isUnitMember(Actor actor) {
        return actor.hasAny(Role.UNIT_APPLICANT, Role.UNIT_LEADER);
    }

    static boolean isVendor(Actor actor) {
        return actor.has(Role.VENDOR_OPERATOR);
    }

    /** DEC, security departments, administrators and auditors read every unit's records and flags. */
    static boolean isSupervisor(Actor actor) {
        return actor.hasAny(Role.DEC_ACCEPTOR, Role.DEC_REVIEWER, Role.SECURITY_VIEWER, Role.SYSTEM_ADMIN,
                Role.AUDITOR);
    }

    static void requireUnitMember(Actor actor) {
        if (!isUnitMember(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static void requireVendor(Actor actor) {
        if (!isVendor(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    /** Unit members see their own unit only; supervisors every unit; anybody else nothing. */
    static boolean sees(Actor actor, Long unitId) {
        return isSupervisor(actor) || (isUnitMember(actor) && unitId.equals(actor.unitId()));
    }

    static String text(String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.invalid(missingKey);
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw BusinessRuleException.invalid("security.error.tooLong", max);
        }
        return trimmed;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw BusinessRuleException.invalid("security.error.tooLong", max);
        }
        return trimmed;
    }
}
