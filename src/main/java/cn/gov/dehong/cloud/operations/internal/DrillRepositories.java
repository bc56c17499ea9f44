package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.dehong.cloud.operations.DrillKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DrillRepository extends JpaRepository<Drill, Long> {

    Page<Drill> findAllBy(Pageable pageable);

    @Query("select d from Drill d where exists (select u from DrillUnit u where u.drillId = d.id and u.unitId in :unitIds)")
    Page<Drill> findWithParticipants(Collection<Long> unitIds, Pageable pageable);

    @Query("select d.windowStart from Drill d where d.kind = :kind and d.status = :status")
    List<Instant> findWindowStarts(DrillKind kind, DrillStatus status);
}

interface DrillUnitRepository extends JpaRepository<DrillUnit, Long> {

    List<DrillUnit> findByDrillIdOrderByUnitNameAsc(Long drillId);

    Optional<DrillUnit> findByDrillIdAndUnitId(Long drillId, Long unitId);
}
