package cn.gov.dehong.cloud.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestStatusTests {

    @Test
    void aRequestIsReviewedThenAppliedByTheVendor() {
        assertThat(RequestStatus.REVIEW.next()).containsExactlyInAnyOrder(RequestStatus.VENDOR, RequestStatus.REJECTED);
        assertThat(RequestStatus.VENDOR.next()).containsExactly(RequestStatus.COMPLETED);
        assertThat(RequestStatus.REVIEW.canMoveTo(RequestStatus.COMPLETED)).isFalse();
        assertThat(RequestStatus.COMPLETED.next()).isEmpty();
        assertThat(RequestStatus.REJECTED.next()).isEmpty();
    }
}
