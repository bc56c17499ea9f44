package cn.gov.dehong.cloud.operations.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    Optional<Incident> findByOpenFingerprint(String fingerprint);

    Page<Incident> findAllBy(Pageable pageable);

    @Query("select i from Incident i where exists (select u from IncidentUnit u where u.incidentId = i.id and u.unitId in :unitIds)")
    Page<Incident> findAffecting(Collection<Long> unitIds, Pageable pageable);

    Page<Incident> findByMapping(String mapping, Pageable pageable);
}

interface IncidentUnitRepository extends JpaRepository<IncidentUnit, Long> {

    List<IncidentUnit> findByIncidentIdOrderByUnitNameAsc(Long incidentId);
}
