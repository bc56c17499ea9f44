package cn.gov.dehong.cloud.application;

import static cn.gov.dehong.cloud.application.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The order of Art. 9: 申请 → 受理 → 审核 → (计划) → 测试 → 开通 → 确认. */
class ApplicationStatusTests {

    @Test
    void aDraftGoesToTheFundingGateTheAggregatorOrStraightToAcceptance() {
        assertThat(DRAFT.next()).containsExactlyInAnyOrder(FUNDING_APPROVAL, AGGREGATION, ACCEPTANCE);
    }

    @Test
    void noStepCanBeSkipped() {
        assertThat(DRAFT.canMoveTo(REVIEW)).isFalse();
        assertThat(ACCEPTANCE.canMoveTo(VENDOR_KICKOFF)).isFalse();
        assertThat(REVIEW.canMoveTo(TESTING)).isFalse();
        assertThat(PLANNING.canMoveTo(TESTING)).isFalse();
        assertThat(TESTING.canMoveTo(CONFIRMED)).isFalse();
    }

    @Test
    void onlyCentralizedApplicationsWaitForThePlanButBothReachTheVendor() {
        assertThat(REVIEW.next()).containsExactlyInAnyOrder(PLANNING, VENDOR_KICKOFF, REJECTED);
        assertThat(PLANNING.next()).containsExactly(VENDOR_KICKOFF);
    }

    @Test
    void refusalsAndTheConfirmationEndTheApplication() {
        assertThat(REFUSED.isFinal()).isTrue();
        assertThat(REJECTED.isFinal()).isTrue();
        assertThat(FUNDING_REFUSED.isFinal()).isTrue();
        assertThat(CONFIRMED.isFinal()).isTrue();
        assertThat(IN_SERVICE.isFinal()).isFalse();
    }

    @Test
    void anAggregatorMayReturnAnApplicationToItsDraft() {
        assertThat(AGGREGATION.canMoveTo(DRAFT)).isTrue();
        assertThat(ACCEPTANCE.canMoveTo(DRAFT)).isFalse();
    }
}
