package cn.gov.dehong.cloud.operations.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    Optional<Incident> findByOpenFingerprint(String fingerprint);

    /**
     * A repeated firing: one atomic update of the open incident (the database's row lock orders concurrent repeats, so
     * none is lost and none fails); the version moves too, so a concurrent close or assignment retries on fresh data.
     * 0 when no incident with this fingerprint is open.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Incident i set i.lastSeenAt = :at, i.repeats = i.repeats + 1, i.version = i.version + 1"
            + " where i.openFingerprint = :fingerprint")
    int seenAgain(String fingerprint, java.time.Instant at);

    Page<Incident> findAllBy(Pageable pageable);

    @Query("select i from Incident i where exists (select u from IncidentUnit u where u.incidentId = i.id and u.unitId in :unitIds)")
    Page<Incident> findAffecting(Collection<Long> unitIds, Pageable pageable);

    Page<Incident> findByMapping(String mapping, Pageable pageable);

    /** Incidents that were open at some moment of [from, to). */
    @Query("select i from Incident i where i.startsAt < :to and (i.endsAt is null or i.endsAt > :from) order by i.startsAt, i.id")
    List<Incident> findOverlapping(java.time.Instant from, java.time.Instant to);
}

interface IncidentUnitRepository extends JpaRepository<IncidentUnit, Long> {

    List<IncidentUnit> findByIncidentIdOrderByUnitNameAsc(Long incidentId);

    List<IncidentUnit> findByIncidentIdIn(Collection<Long> incidentIds);
}
