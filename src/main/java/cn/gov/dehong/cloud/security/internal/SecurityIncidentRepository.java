package cn.gov.dehong.cloud.security.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecurityIncidentRepository extends JpaRepository<SecurityIncident, Long> {

    List<SecurityIncident> findAllByOrderByOccurredAtDescIdDesc();

    /** A unit's view: the incidents on its own systems and those on the cloud platform itself. */
    @Query("select i from SecurityIncident i where i.unitId = :unitId or i.scope = "
            + "cn.gov.dehong.cloud.security.internal.SecurityIncident.Scope.CLOUD order by i.occurredAt desc, i.id desc")
    List<SecurityIncident> visibleToUnit(Long unitId);
}
