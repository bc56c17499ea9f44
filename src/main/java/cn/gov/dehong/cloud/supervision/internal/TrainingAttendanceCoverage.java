package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.gov.dehong.cloud.supervision.TrainingCoverage;
import cn.gov.dehong.cloud.training.TrainingCoverage.CoverageReport;
import cn.gov.dehong.cloud.training.TrainingCoverage.UnitCoverage;
import org.springframework.stereotype.Component;

/**
 * Art. 33 in the supervision report: a unit's training coverage over a period is the share of the sessions it was
 * invited to that at least one of its people attended (1 when it attended all, 0 when none). Units that were not in
 * the audience of any session of the period are absent (no criterion to score), not zero.
 */
@Component
class TrainingAttendanceCoverage implements TrainingCoverage {

    private final cn.gov.dehong.cloud.training.TrainingCoverage training;

    TrainingAttendanceCoverage(cn.gov.dehong.cloud.training.TrainingCoverage training) {
        this.training = training;
    }

    @Override
    public Map<Long, BigDecimal> coverage(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        CoverageReport report = training.coverage(from, to);
        Map<Long, BigDecimal> coverage = new HashMap<>();
        for (UnitCoverage unit : report.units()) {
            if (unit.sessionsOffered() > 0 && (unitIds == null || unitIds.contains(unit.unitId()))) {
                coverage.put(unit.unitId(), BigDecimal.valueOf(unit.sessionsAttended())
                        .divide(BigDecimal.valueOf(unit.sessionsOffered()), 4, java.math.RoundingMode.HALF_UP));
            }
        }
        return coverage;
    }
}
