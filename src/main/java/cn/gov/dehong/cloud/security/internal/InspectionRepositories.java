package cn.gov.dehong.cloud.security.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findAllByOrderByPlannedOnDescIdDesc();
}

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findAllByOrderByRecordedAtDescIdDesc();

    List<Finding> findByUnitIdOrderByRecordedAtDescIdDesc(Long unitId);

    List<Finding> findByStatusAndRectificationDueNotNull(Finding.Status status);
}
