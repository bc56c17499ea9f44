package cn.gov.dehong.cloud.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** What a project plan, an opinion and a decision must contain (Art. 6). Plain Java, no Spring. */
final class ProjectRules {

    static final int MAX_TEXT = 4000;
    static final BigDecimal MAX_BUDGET = new BigDecimal("99999999999999.99");

    private ProjectRules() {
    }

    /** A project plan as the unit writes it: why the platform's software cannot serve, scope, budget (CNY), go-live. */
    record ProjectInput(String title, String justification, String scope, BigDecimal budget, LocalDate plannedGoLive) {
    }

    /** An uploaded file, read. */
    record FileInput(String fileName, byte[] content) {

        boolean isEmpty() {
            return content == null || content.length == 0;
        }
    }

    /** Checks the plan before anything is stored; the plan document is required. */
    static void checkSubmission(ProjectInput input, FileInput planDocument, LocalDate today) {
        if (input == null || blank(input.title()) || blank(input.justification()) || blank(input.scope())) {
            throw BusinessRuleException.invalid("project.error.required");
        }
        if (input.title().trim().length() > 200 || input.justification().length() > MAX_TEXT
                || input.scope().length() > MAX_TEXT) {
            throw BusinessRuleException.invalid("project.error.tooLong");
        }
        if (input.budget() == null || input.budget().signum() <= 0 || input.budget().compareTo(MAX_BUDGET) > 0
                || input.budget().stripTrailingZeros().scale() > 2) {
            throw BusinessRuleException.invalid("project.error.budget");
        }
        if (input.plannedGoLive() == null || !input.plannedGoLive().isAfter(today)) {
            throw BusinessRuleException.invalid("project.error.goLive");
        }
        if (planDocument == null || planDocument.isEmpty()) {
            throw BusinessRuleException.invalid("project.error.planMissing");
        }
    }

    /** The party whose opinion the caller gives: the DEC's reviewer or the finance bureau. */
    static ProjectOpinion.Party partyOf(Actor actor) {
        if (actor.has(Role.DEC_REVIEWER)) {
            return ProjectOpinion.Party.DEC;
        }
        if (actor.has(Role.FINANCE)) {
            return ProjectOpinion.Party.FINANCE;
        }
        throw BusinessRuleException.forbidden("error.forbidden");
    }

    static void checkOpinion(String opinion) {
        if (blank(opinion)) {
            throw BusinessRuleException.invalid("project.error.opinionRequired");
        }
        if (opinion.length() > 2000) {
            throw BusinessRuleException.invalid("project.error.tooLong");
        }
    }

    /** A rejection states its reason; an approval may. */
    static void checkDecision(boolean approved, String comment) {
        if (!approved && blank(comment)) {
            throw BusinessRuleException.invalid("project.error.reasonRequired");
        }
        if (comment != null && comment.length() > 2000) {
            throw BusinessRuleException.invalid("project.error.tooLong");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
