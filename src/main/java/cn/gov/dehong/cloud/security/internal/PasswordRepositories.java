package cn.gov.dehong.cloud.security.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PasswordConfirmationRepository extends JpaRepository<PasswordConfirmation, Long> {

    Optional<PasswordConfirmation> findFirstByInstanceIdOrderByChangedOnDescIdDesc(Long instanceId);

    /** The latest confirmation of each instance: [instanceId, max(changedOn)]. */
    @Query("select c.instanceId, max(c.changedOn) from PasswordConfirmation c where c.instanceId in :ids "
            + "group by c.instanceId")
    List<Object[]> latest(Collection<Long> ids);
}

interface PasswordOverdueNoticeRepository extends JpaRepository<PasswordOverdueNotice, Long> {

    boolean existsByInstanceIdAndDueOn(Long instanceId, LocalDate dueOn);
}
