package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;

import cn.gov.dehong.cloud.shared.BusinessRuleException;

/**
 * The configurable scoring rules of one version: the weights of the four parts (percent, summing to 100), the points
 * of each rating, the survey's share of the satisfaction part, the availability target and floor (percent) with the
 * deduction per critical incident, and the base of the merits part.
 */
record RuleSet(int weightResponse, int weightSatisfaction, int weightQuality, int weightMerits,
               BigDecimal pointsUnsatisfied, BigDecimal pointsSatisfied, BigDecimal pointsVerySatisfied,
               int surveyShare, BigDecimal availabilityTarget, BigDecimal availabilityFloor,
               BigDecimal criticalDeduction, BigDecimal meritBase) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Throws 400 with the first broken rule; nothing is stored. */
    RuleSet validated() {
        for (int weight : new int[] {weightResponse, weightSatisfaction, weightQuality, weightMerits}) {
            if (weight < 0 || weight > 100) {
                throw BusinessRuleException.invalid("assessment.rules.error.weightRange");
            }
        }
        int sum = weightResponse + weightSatisfaction + weightQuality + weightMerits;
        if (sum != 100) {
            throw BusinessRuleException.invalid("assessment.rules.error.weightsSum", sum);
        }
        for (BigDecimal points : new BigDecimal[] {pointsUnsatisfied, pointsSatisfied, pointsVerySatisfied,
                criticalDeduction, meritBase}) {
            percent(points);
        }
        if (surveyShare < 0 || surveyShare > 100) {
            throw BusinessRuleException.invalid("assessment.rules.error.points");
        }
        percent(availabilityTarget);
        percent(availabilityFloor);
        if (availabilityFloor.compareTo(availabilityTarget) >= 0) {
            throw BusinessRuleException.invalid("assessment.rules.error.availability");
        }
        return this;
    }

    private static void percent(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw BusinessRuleException.invalid("assessment.rules.error.points");
        }
    }
}
