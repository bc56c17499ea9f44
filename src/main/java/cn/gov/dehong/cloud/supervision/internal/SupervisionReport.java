package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The figures of one supervision report (Art. 30) for a period and a selection of units; views, never entities. */
record SupervisionReport(YearMonth from, YearMonth to, Long countyId, Long unitId, String scopeName,
                         List<UnitFigures> units, UnitFigures total, List<UnitFigures> counties,
                         List<PendingSystem> notMigrated, List<Candidate> candidates, boolean trainingShown,
                         boolean empty) {

    /** The figures of a unit (or, summed, of a county or of the selection). */
    record UnitFigures(Long id, String name, Long countyId, String countyName, long systems, long onCloud,
                       BigDecimal adoptionRatio, long measuredInstances, long idle, long overProvisioned,
                       BigDecimal feeAtStake, long incidents, long openFindings, long overdueRectifications,
                       long suspensions, BigDecimal trainingCoverage) {

        long notMigrated() {
            return systems - onCloud;
        }

        long candidates() {
            return idle + overProvisioned;
        }
    }

    /** A system not on the cloud yet, with its planned migration or its end of life (Art. 5, 6). */
    record PendingSystem(Long id, Long unitId, String unitName, String name, LocalDate plannedMigrationOn,
                         LocalDate endOfLifeOn, boolean dateMissing, boolean overdue) {
    }

    /** An idle or over-provisioned instance with the monthly fee billing charged (or the estimate without a bill). */
    record Candidate(Long instanceId, String instanceCode, Long unitId, String unitName, String productName,
                     SupervisionRules.Efficiency efficiency, int days, int belowDays, double cpuP95,
                     double memoryP95, double diskP95, BigDecimal monthlyFee, boolean feeFromBilling,
                     Long openRecommendationId) {
    }
}
