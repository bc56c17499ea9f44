package cn.gov.dehong.cloud.assessment.internal;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** Who may do what with assessments: the DEC runs them; finance and auditors read; the vendor reads its results. */
final class AssessmentAccess {

    private AssessmentAccess() {
    }

    static boolean isDec(Actor actor) {
        return actor.hasAny(Role.DEC_REVIEWER, Role.DEC_ACCEPTOR);
    }

    static void requireDec(Actor actor) {
        if (!isDec(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    /** DEC, finance and auditors read everything; the vendor reads signed-off assessments. */
    static boolean readsAll(Actor actor) {
        return isDec(actor) || actor.hasAny(Role.FINANCE, Role.AUDITOR);
    }

    static void requireReader(Actor actor) {
        if (!readsAll(actor) && !actor.has(Role.VENDOR_OPERATOR)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static void requireOverseer(Actor actor) {
        if (!readsAll(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static void requireUnitMember(Actor actor) {
        if (actor.unitId() == null || !actor.hasAny(Role.UNIT_APPLICANT, Role.UNIT_LEADER)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }
}
