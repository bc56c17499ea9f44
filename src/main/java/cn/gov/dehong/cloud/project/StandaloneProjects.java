package cn.gov.dehong.cloud.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Read side for supervision (Art. 6, 30): approved standalone projects count as application systems of their unit in
 * the cloud adoption ratio's denominator. No data scope is applied here: the caller (supervision) applies its own.
 */
public interface StandaloneProjects {

    /** Approved projects per unit id, all time; units without an approved project are absent. */
    Map<Long, Long> approvedCountByUnit();

    /** Approved projects per unit id whose approval fell on or before {@code asOf} (Asia/Shanghai). */
    Map<Long, Long> approvedCountByUnit(LocalDate asOf);

    long approvedCount(Long unitId);

    /** Approved projects, newest decision first. */
    List<ProjectSummary> approved();

    /** Every project of the given units, whatever its status, newest first. */
    List<ProjectSummary> projectsOf(java.util.Collection<Long> unitIds);
}
