package cn.gov.dehong.cloud.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketStatusTests {

    @Test
    void theHappyPath() {
        assertThat(TicketStatus.OPEN.canMoveTo(TicketStatus.ACKNOWLEDGED)).isTrue();
        assertThat(TicketStatus.ACKNOWLEDGED.canMoveTo(TicketStatus.IN_PROGRESS)).isTrue();
        assertThat(TicketStatus.IN_PROGRESS.canMoveTo(TicketStatus.RESOLVED)).isTrue();
        assertThat(TicketStatus.RESOLVED.canMoveTo(TicketStatus.CLOSED)).isTrue();
    }

    @Test
    void aResolvedTicketCanBeReopenedAndResolvedAgain() {
        assertThat(TicketStatus.RESOLVED.canMoveTo(TicketStatus.REOPENED)).isTrue();
        assertThat(TicketStatus.REOPENED.canMoveTo(TicketStatus.IN_PROGRESS)).isTrue();
        assertThat(TicketStatus.REOPENED.canMoveTo(TicketStatus.RESOLVED)).isTrue();
        assertThat(TicketStatus.REOPENED.canMoveTo(TicketStatus.CLOSED)).isFalse();
    }

    @Test
    void theVendorMustRespondBeforeResolvingAndOnlyAnUnansweredTicketCanBeWithdrawn() {
        assertThat(TicketStatus.OPEN.canMoveTo(TicketStatus.RESOLVED)).isFalse();
        assertThat(TicketStatus.OPEN.canMoveTo(TicketStatus.CANCELLED)).isTrue();
        assertThat(TicketStatus.ACKNOWLEDGED.canMoveTo(TicketStatus.CANCELLED)).isFalse();
        assertThat(TicketStatus.IN_PROGRESS.canMoveTo(TicketStatus.CLOSED)).isFalse();
    }

    @Test
    void finishedTicketsGoNowhere() {
        assertThat(TicketStatus.CLOSED.next()).isEmpty();
        assertThat(TicketStatus.CANCELLED.next()).isEmpty();
        assertThat(TicketStatus.CLOSED.finished()).isTrue();
    }

    @Test
    void theResolutionClockRunsWhileTheVendorOwesWork() {
        assertThat(TicketStatus.values()).filteredOn(TicketStatus::awaitingVendor)
                .containsExactlyInAnyOrder(TicketStatus.OPEN, TicketStatus.ACKNOWLEDGED, TicketStatus.IN_PROGRESS,
                        TicketStatus.REOPENED);
    }

    @Test
    void noStatusMovesToItself() {
        for (TicketStatus status : TicketStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
    }
}
