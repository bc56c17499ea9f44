package cn.gov.dehong.cloud.operations.internal;

import java.util.Arrays;
import java.util.Collection;

/** Daily aggregates of one instance's samples; p95 by the nearest-rank method (a value that was really observed). */
final class UtilisationRules {

    private UtilisationRules() {
    }

    record Aggregate(int count, double average, double p95, double max) {
    }

    /** Null without samples; NaN and infinite samples (Prometheus emits them) are left out. */
    static Aggregate aggregate(Collection<Double> samples) {
        double[] values = samples.stream().filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (values.length == 0) {
            return null;
        }
        double average = Arrays.stream(values).sum() / values.length;
        return new Aggregate(values.length, average, percentile(values, 95), values[values.length - 1]);
    }

    /** Nearest rank: the smallest value with at least {@code percent}% of the sorted values at or below it. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
