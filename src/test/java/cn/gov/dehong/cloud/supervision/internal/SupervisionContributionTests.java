package cn.gov.dehong.cloud.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.dehong.cloud.project.ProjectSummary;
import cn.gov.dehong.cloud.project.StandaloneProjects;
import cn.gov.dehong.cloud.supervision.AdoptionContribution.Count;
import cn.gov.dehong.cloud.training.TrainingCoverage;
import cn.gov.dehong.cloud.training.TrainingCoverage.CoverageReport;
import cn.gov.dehong.cloud.training.TrainingCoverage.UnitCoverage;
import org.junit.jupiter.api.Test;

/** How standalone projects (Art. 6) and training (Art. 33) enter the supervision report (Art. 30). */
class SupervisionContributionTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);

    @Test
    void approvedProjectsCountAsSystemsOffTheCloudAsOfTheirApproval() {
        StandaloneProjects projects = new ProjectsAsOf(Map.of(1L, 2L, 2L, 1L));
        Map<Long, Count> counts = new StandaloneProjectAdoption(projects).counts(null, AS_OF);
        assertThat(counts).containsOnly(Map.entry(1L, new Count(2, 0)), Map.entry(2L, new Count(1, 0)));
        assertThat(new StandaloneProjectAdoption(projects).counts(Set.of(2L, 3L), AS_OF))
                .containsOnly(Map.entry(2L, new Count(1, 0)));
    }

    @Test
    void coverageIsTheShareOfInvitedSessionsAttendedAndUninvitedUnitsAreAbsent() {
        TrainingCoverage training = (from, to) -> new CoverageReport(from, to, 3, 3, 2, new BigDecimal("0.6667"),
                List.of(new UnitCoverage(1L, "教育局", 10L, 3, 2, 4, 3),
                        new UnitCoverage(2L, "税务局", 10L, 1, 0, 0, 0),
                        new UnitCoverage(3L, "卫健委", 11L, 0, 0, 0, 0)));
        Map<Long, BigDecimal> coverage = new TrainingAttendanceCoverage(training)
                .coverage(null, LocalDate.of(2026, 7, 1), AS_OF);
        assertThat(coverage).containsOnly(Map.entry(1L, new BigDecimal("0.6667")), Map.entry(2L, new BigDecimal("0.0000")));
        assertThat(new TrainingAttendanceCoverage(training).coverage(Set.of(2L), LocalDate.of(2026, 7, 1), AS_OF))
                .containsOnlyKeys(2L);
    }

    /** Approved counts as of a date; the other queries are not used by the adoption ratio. */
    private record ProjectsAsOf(Map<Long, Long> counts) implements StandaloneProjects {
        @Override public Map<Long, Long> approvedCountByUnit() { return counts; }
        @Override public Map<Long, Long> approvedCountByUnit(LocalDate asOf) { return asOf.equals(AS_OF) ? counts : Map.of(); }
        @Override public long approvedCount(Long unitId) { return counts.getOrDefault(unitId, 0L); }
        @Override public List<ProjectSummary> approved() { return List.of(); }
        @Override public List<ProjectSummary> projectsOf(Collection<Long> unitIds) { return List.of(); }
    }
}
