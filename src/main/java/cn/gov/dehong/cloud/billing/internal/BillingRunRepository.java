package cn.gov.dehong.cloud.billing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BillingRunRepository extends JpaRepository<BillingRun, Long> {

    List<BillingRun> findByPeriodOrderByIdDesc(String period);

    Optional<BillingRun> findFirstByPeriodOrderByIdDesc(String period);

    boolean existsByPeriod(String period);

    @Query("select distinct r.period from BillingRun r where r.period in :periods")
    List<String> periodsRun(Collection<String> periods);
}
