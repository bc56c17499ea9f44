package cn.gov.dehong.cloud.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.security.AccessAction;
import cn.gov.dehong.cloud.security.internal.AccessRules.GrantState;
import cn.gov.dehong.cloud.security.internal.AccessRules.GrantStatus;
import cn.gov.dehong.cloud.security.internal.AccessRules.GrantTerms;
import cn.gov.dehong.cloud.security.internal.AccessRules.Violation;
import org.junit.jupiter.api.Test;

class AccessRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant FROM = NOW.plus(Duration.ofHours(1));
    private static final Instant UNTIL = NOW.plus(Duration.ofDays(2));
    private static final GrantTerms READ_GRANT = new GrantTerms(GrantStatus.APPROVED, FROM, UNTIL,
            Set.of(AccessAction.READ));

    @Test
    void aRequestNeedsActionsAForwardWindowNotInThePastAndAtMostTheMaximum() {
        Set<AccessAction> read = Set.of(AccessAction.READ);
        AccessRules.validateRequest(FROM, UNTIL, read, NOW, 30);
        AccessRules.validateRequest(NOW.minus(Duration.ofMinutes(2)), UNTIL, read, NOW, 30);
        assertThatThrownBy(() -> AccessRules.validateRequest(FROM, UNTIL, Set.of(), NOW, 30))
                .hasMessage("security.grant.error.actionsRequired");
        assertThatThrownBy(() -> AccessRules.validateRequest(UNTIL, FROM, read, NOW, 30))
                .hasMessage("security.grant.error.endBeforeStart");
        assertThatThrownBy(() -> AccessRules.validateRequest(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)),
                read, NOW, 30)).hasMessage("security.grant.error.windowInPast");
        assertThatThrownBy(() -> AccessRules.validateRequest(FROM, FROM.plus(Duration.ofDays(30)).plusSeconds(1), read,
                NOW, 30)).hasMessage("security.grant.error.windowTooLong");
        AccessRules.validateRequest(FROM, FROM.plus(Duration.ofDays(30)), read, NOW, 30);
    }

    @Test
    void aGrantIsActiveOnlyWhenApprovedAndInsideItsWindow() {
        assertThat(AccessRules.state(READ_GRANT, NOW)).isEqualTo(GrantState.SCHEDULED);
        assertThat(AccessRules.state(READ_GRANT, FROM)).isEqualTo(GrantState.ACTIVE);
        assertThat(AccessRules.state(READ_GRANT, UNTIL.minusSeconds(1))).isEqualTo(GrantState.ACTIVE);
        assertThat(AccessRules.state(READ_GRANT, UNTIL)).isEqualTo(GrantState.EXPIRED);
        GrantTerms pending = new GrantTerms(GrantStatus.REQUESTED, FROM, UNTIL, Set.of(AccessAction.READ));
        assertThat(AccessRules.state(pending, FROM)).isEqualTo(GrantState.PENDING);
        assertThat(AccessRules.state(pending, UNTIL)).isEqualTo(GrantState.EXPIRED);
        assertThat(AccessRules.state(new GrantTerms(GrantStatus.REFUSED, FROM, UNTIL, Set.of(AccessAction.READ)), FROM))
                .isEqualTo(GrantState.REFUSED);
    }

    @Test
    void aSessionInsideAnApprovedGrantWithGrantedActionsIsNoViolation() {
        Instant start = FROM.plus(Duration.ofHours(1));
        assertThat(AccessRules.violation(List.of(READ_GRANT), start, start.plus(Duration.ofHours(1)),
                Set.of(AccessAction.READ))).isNull();
    }

    @Test
    void sessionsOutsideAnyGrantAreViolationsWithTheirReason() {
        Instant start = FROM.plus(Duration.ofHours(1));
        Instant end = start.plus(Duration.ofHours(1));
        assertThat(AccessRules.violation(List.of(), start, end, Set.of(AccessAction.READ))).isEqualTo(Violation.NO_GRANT);
        GrantTerms refused = new GrantTerms(GrantStatus.REFUSED, FROM, UNTIL, Set.of(AccessAction.READ));
        GrantTerms requested = new GrantTerms(GrantStatus.REQUESTED, FROM, UNTIL, Set.of(AccessAction.READ));
        assertThat(AccessRules.violation(List.of(refused, requested), start, end, Set.of(AccessAction.READ)))
                .isEqualTo(Violation.NO_GRANT);
        assertThat(AccessRules.violation(List.of(READ_GRANT), UNTIL.plusSeconds(60), UNTIL.plusSeconds(600),
                Set.of(AccessAction.READ))).isEqualTo(Violation.OUTSIDE_WINDOW);
        assertThat(AccessRules.violation(List.of(READ_GRANT), UNTIL.minusSeconds(60), UNTIL.plusSeconds(60),
                Set.of(AccessAction.READ))).isEqualTo(Violation.OUTSIDE_WINDOW);
        assertThat(AccessRules.violation(List.of(READ_GRANT), start, end, Set.of(AccessAction.READ, AccessAction.EXPORT)))
                .isEqualTo(Violation.ACTION_NOT_GRANTED);
        GrantTerms export = new GrantTerms(GrantStatus.APPROVED, FROM, UNTIL, Set.of(AccessAction.EXPORT,
                AccessAction.READ));
        assertThat(AccessRules.violation(List.of(READ_GRANT, export), start, end,
                Set.of(AccessAction.READ, AccessAction.EXPORT))).isNull();
    }

    @Test
    void aSessionCannotEndInTheFutureOrBeforeItStarts() {
        assertThatThrownBy(() -> AccessRules.validateSession(NOW, NOW.plus(Duration.ofHours(1)), Set.of(AccessAction.READ),
                NOW)).hasMessage("security.session.error.future");
        assertThatThrownBy(() -> AccessRules.validateSession(NOW, NOW.minusSeconds(1), Set.of(AccessAction.READ), NOW))
                .hasMessage("security.grant.error.endBeforeStart");
    }

    @Test
    void actionsRoundTripThroughTheirStoredForm() {
        assertThat(AccessRules.format(Set.of(AccessAction.EXPORT, AccessAction.READ))).isEqualTo("READ,EXPORT");
        assertThat(AccessRules.parse("READ,EXPORT")).containsExactlyInAnyOrder(AccessAction.READ, AccessAction.EXPORT);
    }
}
