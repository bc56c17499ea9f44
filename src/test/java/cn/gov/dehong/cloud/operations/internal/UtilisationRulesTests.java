package cn.gov.dehong.cloud.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class UtilisationRulesTests {

    @Test
    void p95IsTheNearestRankOfTheSortedSamples() {
        List<Double> samples = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            samples.add(i / 100.0);
        }
        Collections.shuffle(samples);
        UtilisationRules.Aggregate aggregate = UtilisationRules.aggregate(samples);
        assertThat(aggregate.count()).isEqualTo(100);
        assertThat(aggregate.p95()).isEqualTo(0.95);
        assertThat(aggregate.max()).isEqualTo(1.0);
        assertThat(aggregate.average()).isCloseTo(0.505, within(1e-9));
    }

    @Test
    void aDayOf288FiveMinuteSamplesWithAShortPeak() {
        List<Double> samples = new ArrayList<>(Collections.nCopies(270, 0.10));
        samples.addAll(Collections.nCopies(18, 0.90));
        UtilisationRules.Aggregate aggregate = UtilisationRules.aggregate(samples);
        // rank ceil(0.95 * 288) = 274 of 288: inside the 18 peak samples (271..288)
        assertThat(aggregate.p95()).isEqualTo(0.90);
        assertThat(aggregate.average()).isCloseTo((270 * 0.10 + 18 * 0.90) / 288, within(1e-9));
    }

    @Test
    void fewSamplesAndGapsAndNonFiniteValues() {
        assertThat(UtilisationRules.aggregate(List.of())).isNull();
        assertThat(UtilisationRules.aggregate(Arrays.asList(null, Double.NaN))).isNull();
        UtilisationRules.Aggregate one = UtilisationRules.aggregate(List.of(0.42));
        assertThat(one.p95()).isEqualTo(0.42);
        assertThat(one.max()).isEqualTo(0.42);
        UtilisationRules.Aggregate mixed = UtilisationRules.aggregate(
                Arrays.asList(0.2, Double.POSITIVE_INFINITY, null, 0.4, Double.NaN));
        assertThat(mixed.count()).isEqualTo(2);
        assertThat(mixed.average()).isCloseTo(0.3, within(1e-9));
        assertThat(mixed.p95()).isEqualTo(0.4);
    }
}
