package cn.gov.dehong.cloud.supervision.internal;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** The DEC acts; finance, auditors, administrators, security departments read all; units read their own. */
final class SupervisionAccess {

    private SupervisionAccess() {
    }

    static boolean isDec(Actor actor) {
        return actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR);
    }

    static boolean isUnitMember(Actor actor) {
        return actor.hasAny(Role.UNIT_APPLICANT, Role.UNIT_LEADER);
    }

    static void requireDec(Actor actor) {
        if (!isDec(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    /** The ranking and the dashboards compare units: for those who see all of them. */
    static void requireSeesAll(Actor actor) {
        if (!actor.seesEverything() || actor.has(Role.VENDOR_OPERATOR) && !isDec(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static String text(String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.invalid(missingKey);
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw BusinessRuleException.invalid("supervision.error.tooLong", max);
        }
        return trimmed;
    }
}
