package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.dehong.cloud.assessment.AssessmentResults.AssessmentResult;

/**
 * Fund performance (资金绩效, Art. 28, 29) of a budget year for a selection of units: per unit the budget finance set
 * in billing, what billing charged in the year, the monthly fee at stake of the idle and over-provisioned instances
 * supervision found over the year, the utilisation of the budget (actual / budget), and the vendor assessment
 * results signed off for that year. Views, never entities; money is billing's, never recomputed here.
 */
record FundPerformance(int year, Long countyId, String sort, String direction, List<Row> rows, Row total,
                       List<AssessmentResult> assessments, AssessmentResult yearAssessment, boolean empty) {

    /**
     * One unit (or the total): {@code budget} null while finance has set none; {@code utilisation} = actual / budget
     * as a ratio (4 decimals), null without a positive budget; {@code idleFee} is the monthly fee at stake of the
     * unit's {@code idle} and {@code overProvisioned} instances (the supervision report's figure for the year).
     */
    record Row(Long unitId, String unitCode, String unitName, Long countyId, String countyName, BigDecimal budget,
               BigDecimal actual, BigDecimal utilisation, BigDecimal idleFee, long idle, long overProvisioned) {

        public boolean overBudget() {
            return budget != null && actual.compareTo(budget) > 0;
        }
    }
}
