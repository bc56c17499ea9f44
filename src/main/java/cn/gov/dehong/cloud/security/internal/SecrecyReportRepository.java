package cn.gov.dehong.cloud.security.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecrecyReportRepository extends JpaRepository<SecrecyReport, Long> {

    List<SecrecyReport> findAllByOrderByReportedAtDescIdDesc();

    List<SecrecyReport> findByReportedByOrderByReportedAtDescIdDesc(String reportedBy);
}
