package cn.gov.dehong.cloud.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProjectRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final ProjectRules.FileInput PLAN = new ProjectRules.FileInput("plan.pdf", new byte[] {'%', 'P'});

    private static ProjectRules.ProjectInput input(String budget, LocalDate goLive) {
        return new ProjectRules.ProjectInput("系统", "理由", "范围", budget == null ? null : new BigDecimal(budget), goLive);
    }

    @Test
    void aCompletePlanPasses() {
        assertThatCode(() -> ProjectRules.checkSubmission(input("1000.50", TODAY.plusDays(1)), PLAN, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void thePlanDocumentIsRequired() {
        assertRule(() -> ProjectRules.checkSubmission(input("1000", TODAY.plusDays(1)), null, TODAY),
                "project.error.planMissing", HttpStatus.BAD_REQUEST);
        assertRule(() -> ProjectRules.checkSubmission(input("1000", TODAY.plusDays(1)),
                new ProjectRules.FileInput("plan.pdf", new byte[0]), TODAY), "project.error.planMissing",
                HttpStatus.BAD_REQUEST);
    }

    @Test
    void budgetMustBePositiveWithAtMostTwoDecimals() {
        assertRule(() -> ProjectRules.checkSubmission(input(null, TODAY.plusDays(1)), PLAN, TODAY), "project.error.budget",
                HttpStatus.BAD_REQUEST);
        assertRule(() -> ProjectRules.checkSubmission(input("0", TODAY.plusDays(1)), PLAN, TODAY), "project.error.budget",
                HttpStatus.BAD_REQUEST);
        assertRule(() -> ProjectRules.checkSubmission(input("-5", TODAY.plusDays(1)), PLAN, TODAY), "project.error.budget",
                HttpStatus.BAD_REQUEST);
        assertRule(() -> ProjectRules.checkSubmission(input("1.005", TODAY.plusDays(1)), PLAN, TODAY),
                "project.error.budget", HttpStatus.BAD_REQUEST);
        assertThatCode(() -> ProjectRules.checkSubmission(input("1.500", TODAY.plusDays(1)), PLAN, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void goLiveMustBeAfterToday() {
        assertRule(() -> ProjectRules.checkSubmission(input("1", TODAY), PLAN, TODAY), "project.error.goLive",
                HttpStatus.BAD_REQUEST);
        assertRule(() -> ProjectRules.checkSubmission(input("1", null), PLAN, TODAY), "project.error.goLive",
                HttpStatus.BAD_REQUEST);
    }

    @Test
    void textsAreRequired() {
        assertRule(() -> ProjectRules.checkSubmission(new ProjectRules.ProjectInput("系统", " ", "范围", BigDecimal.ONE,
                TODAY.plusDays(1)), PLAN, TODAY), "project.error.required", HttpStatus.BAD_REQUEST);
    }

    @Test
    void opinionsComeFromTheDecReviewerOrFinance() {
        assertThat(ProjectRules.partyOf(actor(Role.DEC_REVIEWER))).isEqualTo(ProjectOpinion.Party.DEC);
        assertThat(ProjectRules.partyOf(actor(Role.FINANCE))).isEqualTo(ProjectOpinion.Party.FINANCE);
        assertRule(() -> ProjectRules.partyOf(actor(Role.DEC_ACCEPTOR)), "error.forbidden", HttpStatus.FORBIDDEN);
        assertRule(() -> ProjectRules.partyOf(actor(Role.GOV_APPROVER)), "error.forbidden", HttpStatus.FORBIDDEN);
        assertRule(() -> ProjectRules.checkOpinion(""), "project.error.opinionRequired", HttpStatus.BAD_REQUEST);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertRule(() -> ProjectRules.checkDecision(false, " "), "project.error.reasonRequired", HttpStatus.BAD_REQUEST);
        assertThatCode(() -> ProjectRules.checkDecision(true, null)).doesNotThrowAnyException();
        assertThatCode(() -> ProjectRules.checkDecision(false, "平台可满足")).doesNotThrowAnyException();
    }

    private static Actor actor(Role role) {
        return new Actor(1L, "u", "U", 1L, "unit", Set.of(role));
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key,
                                   HttpStatus status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getStatus()).isEqualTo(status);
        });
    }
}
