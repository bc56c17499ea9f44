package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an assessment's score was computed from, part by part: the raw figures, the part score (0–100), its weight
 * and its weighted contribution, and the total. Stored with the assessment (as JSON) so that a signed-off result keeps
 * showing exactly the inputs it was signed off on.
 */
record ScoreBreakdown(int ruleVersion, Part response, ResponseFigures responseFigures, Part satisfaction,
                      SatisfactionFigures satisfactionFigures, Part quality, QualityFigures qualityFigures, Part merits,
                      MeritFigures meritFigures, BigDecimal total, Grade grade) {

    enum Grade { EXCELLENT, GOOD, PASS, FAIL }

    /** A part's score (0–100), its weight (percent) and score × weight / 100; {@code noData}: nothing to measure. */
    record Part(BigDecimal score, int weight, BigDecimal weighted, boolean noData) {
    }

    /** {@code late}: the first {@link ScoringRules#MAX_LISTED} late steps; the counts are complete. */
    record ResponseFigures(int ticketCount, int ticketsOnTime, int stepCount, int stepsOnTime, int pending,
                           BigDecimal onTimeShare, List<LateItem> late) {
    }

    /** A step done after its deadline (or still open after it): "TICKET" response or a vendor "STEP". */
    record LateItem(String source, String reference, String step, java.time.Instant dueAt, java.time.Instant doneAt) {
    }

    record Tally(long unsatisfied, long satisfied, long verySatisfied) {
        long total() {
            return unsatisfied + satisfied + verySatisfied;
        }
    }

    record SatisfactionFigures(Tally tickets, BigDecimal ticketAverage, Tally survey, BigDecimal surveyAverage,
                               int surveyShare) {
    }

    /** {@code incidentIds}: the first {@link ScoringRules#MAX_LISTED}; {@code incidentCount}: all of them. */
    record QualityFigures(List<TypeAvailability> serviceTypes, BigDecimal availabilityScore, int criticalIncidents,
                          BigDecimal deduction, List<Long> incidentIds, int incidentCount) {
    }

    record TypeAvailability(String serviceType, int incidents, long downtimeMinutes, BigDecimal availability,
                            BigDecimal score) {
    }

    record MeritFigures(List<MeritLine> merits, BigDecimal base, BigDecimal points) {
    }

    record MeritLine(Long id, String title, String kind, BigDecimal points) {
    }
}
