package cn.gov.dehong.cloud.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PriceListVersionRepository extends JpaRepository<PriceListVersion, Long> {

    List<PriceListVersion> findAllByOrderByEffectiveFromDesc();

    Optional<PriceListVersion> findFirstByOrderByEffectiveFromDesc();

    /** At most one: versions never overlap. */
    @Query("select v from PriceListVersion v where v.effectiveFrom <= :day and (v.effectiveTo is null or v.effectiveTo >= :day)")
    Optional<PriceListVersion> findInForce(LocalDate day);

    /** Locks the existing versions so that two publications at once cannot both pass the overlap check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from PriceListVersion v order by v.effectiveFrom")
    List<PriceListVersion> findAllForUpdate();
}
