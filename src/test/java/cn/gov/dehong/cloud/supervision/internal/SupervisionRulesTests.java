package cn.gov.dehong.cloud.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.operations.OperationsFigures.InstanceDays;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.supervision.internal.SupervisionRules.Criterion;
import cn.gov.dehong.cloud.supervision.internal.SupervisionRules.Efficiency;
import org.junit.jupiter.api.Test;

class SupervisionRulesTests {

    @Test
    void adoptionRatioIsSystemsOnTheCloudOverAllSystems() {
        assertThat(SupervisionRules.adoptionRatio(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(SupervisionRules.adoptionRatio(0, 4)).isEqualByComparingTo("0");
        assertThat(SupervisionRules.adoptionRatio(5, 5)).isEqualByComparingTo("1");
        assertThat(SupervisionRules.adoptionRatio(0, 0)).as("no system: not judged").isNull();
        assertThatThrownBy(() -> SupervisionRules.adoptionRatio(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static InstanceDays days(int cpuBelow, int memoryBelow, int diskBelow) {
        return new InstanceDays(1L, 9L, 30, cpuBelow, 0.1, 30, memoryBelow, 0.1, 30, diskBelow, 0.1);
    }

    @Test
    void idleNeedsCpuAndMemoryBelowTheIdleLimitsOnAtLeastNDays() {
        assertThat(SupervisionRules.classify(days(20, 20, 0), days(30, 30, 0), 20)).isEqualTo(Efficiency.IDLE);
        assertThat(SupervisionRules.classify(days(19, 30, 0), days(30, 30, 0), 20))
                .as("CPU one day short: not idle, but over-provisioned").isEqualTo(Efficiency.OVER_PROVISIONED);
        assertThat(SupervisionRules.classify(days(30, 19, 0), days(0, 19, 0), 20))
                .as("memory one day short and nothing below the over limits for N days").isNull();
    }

    @Test
    void overProvisionedNeedsOneMetricBelowTheOverLimitsOnAtLeastNDays() {
        assertThat(SupervisionRules.classify(days(0, 0, 0), days(0, 0, 20), 20)).isEqualTo(Efficiency.OVER_PROVISIONED);
        assertThat(SupervisionRules.classify(days(0, 0, 0), days(0, 25, 0), 20)).isEqualTo(Efficiency.OVER_PROVISIONED);
        assertThat(SupervisionRules.classify(days(0, 0, 0), days(19, 19, 19), 20)).isNull();
        assertThat(SupervisionRules.classify(days(0, 0, 0), null, 20)).isNull();
        assertThat(SupervisionRules.classify(days(5, 5, 5), days(5, 5, 5), 5)).isEqualTo(Efficiency.IDLE);
        assertThatThrownBy(() -> SupervisionRules.classify(days(1, 1, 1), null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightsMustSumToExactlyOneHundred() {
        assertThat(SupervisionRules.weights(40, 30, 30, 0)).containsEntry(Criterion.ADOPTION, 40)
                .containsEntry(Criterion.TRAINING, 0);
        assertThatThrownBy(() -> SupervisionRules.weights(40, 30, 31, 0))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("supervision.weights.error.sum");
                    assertThat(e.getArguments()).containsExactly(101);
                });
        assertThatThrownBy(() -> SupervisionRules.weights(40, 30, 20, 0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getArguments()).containsExactly(90));
        assertThatThrownBy(() -> SupervisionRules.weights(120, -20, 0, 0))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("supervision.weights.error.range"));
    }

    @Test
    void theTotalIsTheWeightedMeanOfTheCriteriaThatHaveAScore() {
        Map<Criterion, Integer> weights = SupervisionRules.weights(40, 30, 20, 10);
        Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
        scores.put(Criterion.ADOPTION, new BigDecimal("50"));
        scores.put(Criterion.EFFICIENCY, new BigDecimal("100"));
        scores.put(Criterion.SECURITY, new BigDecimal("70"));
        scores.put(Criterion.TRAINING, new BigDecimal("80"));
        // 0.4*50 + 0.3*100 + 0.2*70 + 0.1*80 = 20 + 30 + 14 + 8 = 72
        assertThat(SupervisionRules.total(weights, scores)).isEqualByComparingTo("72.00");
        scores.put(Criterion.TRAINING, null);
        // without training: (40*50 + 30*100 + 20*70) / 90 = 6400 / 90 = 71.11
        assertThat(SupervisionRules.total(weights, scores)).isEqualByComparingTo("71.11");
        Map<Criterion, BigDecimal> none = new EnumMap<>(Criterion.class);
        assertThat(SupervisionRules.total(weights, none)).isNull();
    }

    @Test
    void scoresOfEfficiencyAndSecurity() {
        assertThat(SupervisionRules.efficiencyScore(1, 4)).isEqualByComparingTo("75.00");
        assertThat(SupervisionRules.efficiencyScore(0, 0)).isNull();
        SupervisionRules.SecurityPenalties p = SupervisionSettings.defaults().penalties();
        // 100 - 1*5 - 2*10 - 1*20 - 1*30 = 25
        assertThat(SupervisionRules.securityScore(1, 2, 1, 1, p)).isEqualByComparingTo("25.00");
        assertThat(SupervisionRules.securityScore(0, 9, 9, 9, p)).isEqualByComparingTo("0.00");
    }

    @Test
    void equalTotalsShareARankAndUnscoredComeLast() {
        record U(String name, BigDecimal total) {
        }
        List<SupervisionRules.Ranked<U>> ranked = SupervisionRules.rank(List.of(new U("a", new BigDecimal("80")),
                        new U("b", null), new U("c", new BigDecimal("90")), new U("d", new BigDecimal("80")),
                        new U("e", new BigDecimal("70"))), U::total,
                java.util.Comparator.comparing(U::name));
        assertThat(ranked).extracting(r -> r.item().name() + r.rank())
                .containsExactly("c1", "a2", "d2", "e4", "b0");
    }
}
