package cn.gov.dehong.cloud.supervision.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

import cn.gov.dehong.cloud.assessment.AssessmentResults.AssessmentResult;

/**
 * Fund performance (资金绩效, Art. 28, 29) of a budget year for a selection of units: per unit the budget finance set
 * in billing, what billing charged in the year, the monthly fee at stake of the idle and over-provisioned instances
 * supervision found over the year, the utilisation of the budget (actual / budget), and the vendor assessment
 * results signed off for that year. Views, never entities; money is billing's, never recomputed here.
 * <p>{@code q} (part of a unit's name or code) and {@code overBudget} (only units that spent more than their budget)
 * filter the rows; {@code rows} is one page of them ({@code page} of {@code totalPages}, {@code totalRows} rows in
 * all) while {@code total} sums every row the filters keep. {@code empty}: the year has no data in the selection at
 * all, whatever the filters.
 */
record FundPerformance(int year, Long countyId, String q, boolean overBudget, String sort, String direction,
                       List<Row> rows, int page, int size, long totalRows, int totalPages, Row total,
                       List<AssessmentResult> assessments, AssessmentResult yearAssessment, boolean empty) {

    /**
     * Page {@code number} (0-based, clamped to the last page) of {@code size} rows of this table; {@code total} stays
     * the sum of every row the filters keep, not of the page.
     */
    FundPerformance slice(int number, int size) {
        List<Row> all = rows;
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int current = Math.min(Math.max(0, number), pages - 1);
        int first = current * size;
        return new FundPerformance(year, countyId, q, overBudget, sort, direction,
                List.copyOf(all.subList(first, Math.min(all.size(), first + size))), current, size, all.size(),
                pages, total, assessments, yearAssessment, empty);
    }

    public boolean first() {
        return page == 0;
    }

    public boolean last() {
        return page >= totalPages - 1;
    }

    /**
     * One unit (or the total): {@code budget} null while finance has set none; {@code utilisation} = actual / budget
     * as a ratio (4 decimals), null without a positive budget; {@code idleFee} is the monthly fee at stake of the
     * unit's {@code idle} and {@code overProvisioned} instances (the supervision report's figure for the year).
     */
    @Schema(name = "SupervisionFundPerformanceRow")
    record Row(Long unitId, String unitCode, String unitName, Long countyId, String countyName, BigDecimal budget,
               BigDecimal actual, BigDecimal utilisation, BigDecimal idleFee, long idle, long overProvisioned) {

        public boolean overBudget() {
            return budget != null && actual.compareTo(budget) > 0;
        }
    }
}
