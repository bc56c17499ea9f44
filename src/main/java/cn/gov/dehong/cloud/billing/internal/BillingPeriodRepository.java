package cn.gov.dehong.cloud.billing.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BillingPeriodRepository extends JpaRepository<BillingPeriod, Long> {

    Optional<BillingPeriod> findByPeriod(String period);

    /** Serializes runs, closing and adjustments of one period across threads and application instances. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from BillingPeriod p where p.period = :period")
    Optional<BillingPeriod> findForUpdate(String period);

    List<BillingPeriod> findAllByOrderByPeriodDesc();
}
