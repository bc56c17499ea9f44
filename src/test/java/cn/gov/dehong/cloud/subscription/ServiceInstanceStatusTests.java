package cn.gov.dehong.cloud.subscription;

import static cn.gov.dehong.cloud.subscription.ServiceInstanceStatus.ACTIVE;
import static cn.gov.dehong.cloud.subscription.ServiceInstanceStatus.CHANGING;
import static cn.gov.dehong.cloud.subscription.ServiceInstanceStatus.SUSPENDED;
import static cn.gov.dehong.cloud.subscription.ServiceInstanceStatus.TERMINATED;
import static cn.gov.dehong.cloud.subscription.ServiceInstanceStatus.TESTING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceInstanceStatusTests {

    @Test
    void aTestEnvironmentBecomesProductionOrIsAbandoned() {
        assertThat(TESTING.next()).containsExactlyInAnyOrder(ACTIVE, TERMINATED);
    }

    @Test
    void onlyARunningServiceChangesOrIsSuspended() {
        assertThat(ACTIVE.canMoveTo(CHANGING)).isTrue();
        assertThat(ACTIVE.canMoveTo(SUSPENDED)).isTrue();
        assertThat(TESTING.canMoveTo(CHANGING)).isFalse();
        assertThat(CHANGING.canMoveTo(TERMINATED)).isFalse();
        assertThat(SUSPENDED.canMoveTo(ACTIVE)).isTrue();
    }

    @Test
    void terminationIsFinal() {
        assertThat(TERMINATED.next()).isEmpty();
        for (ServiceInstanceStatus status : ServiceInstanceStatus.values()) {
            assertThat(status.canMoveTo(TESTING)).isFalse();
        }
    }
}
