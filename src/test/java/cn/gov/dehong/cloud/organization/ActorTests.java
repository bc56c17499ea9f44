package cn.gov.dehong.cloud.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorTests {

    @Test
    void theAddressesOfAnActorAreItsRolesItsRolesInItsUnitAndItself() {
        Actor leader = new Actor(1L, "edu.leader", "张华", 12L, "德宏州教育体育局", Set.of(Role.UNIT_LEADER));
        assertThat(leader.groups()).containsExactlyInAnyOrder("UNIT_LEADER", "UNIT_LEADER@12", "user:edu.leader");
    }

    @Test
    void onlyPrefectureWideRolesSeeEverything() {
        assertThat(new Actor(1L, "a", "a", 1L, "u", Set.of(Role.UNIT_APPLICANT)).seesEverything()).isFalse();
        assertThat(new Actor(1L, "a", "a", 1L, "u", Set.of(Role.AGGREGATOR)).seesEverything()).isFalse();
        assertThat(new Actor(1L, "a", "a", 1L, "u", Set.of(Role.DEC_ACCEPTOR)).seesEverything()).isTrue();
        assertThat(new Actor(1L, "a", "a", 1L, "u", Set.of(Role.FINANCE)).seesEverything()).isTrue();
    }
}
