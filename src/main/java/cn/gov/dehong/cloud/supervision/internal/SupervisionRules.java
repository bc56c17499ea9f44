package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.operations.OperationsFigures.InstanceDays;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** The rules of the supervision figures (Art. 30), plain Java. */
final class SupervisionRules {

    private SupervisionRules() {
    }

    enum Efficiency { IDLE, OVER_PROVISIONED }

    enum Criterion { ADOPTION, EFFICIENCY, SECURITY, TRAINING }

    record Thresholds(double idleCpu, double idleMemory, double overCpu, double overMemory, double overDisk,
                      int minDays) {
    }

    record SecurityPenalties(int incident, int openFinding, int overdue, int suspension) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** 上云比例 = systems on the cloud / all systems, 4 decimals; null when the unit has no system at all. */
    static BigDecimal adoptionRatio(long onCloud, long systems) {
        if (systems <= 0) {
            return null;
        }
        if (onCloud < 0 || onCloud > systems) {
            throw new IllegalArgumentException("on cloud " + onCloud + " of " + systems);
        }
        return BigDecimal.valueOf(onCloud).divide(BigDecimal.valueOf(systems), 4, RoundingMode.HALF_UP);
    }

    /**
     * Idle: CPU and memory p95 below the idle limits on at least {@code minDays} days each. Otherwise
     * over-provisioned: CPU, memory or disk p95 below the over limits on at least {@code minDays} days. Null: neither
     * (or too few days measured). {@code idle} and {@code over} are the same instance counted against each limit set.
     */
    static Efficiency classify(InstanceDays idle, InstanceDays over, int minDays) {
        if (minDays < 1) {
            throw new IllegalArgumentException("minDays " + minDays);
        }
        if (idle != null && idle.cpuBelow() >= minDays && idle.memoryBelow() >= minDays) {
            return Efficiency.IDLE;
        }
        if (over != null && (over.cpuBelow() >= minDays || over.memoryBelow() >= minDays
                || over.diskBelow() >= minDays)) {
            return Efficiency.OVER_PROVISIONED;
        }
        return null;
    }

    /** Weights of one version: each 0..100, together exactly 100. */
    static Map<Criterion, Integer> weights(int adoption, int efficiency, int security, int training) {
        int[] values = {adoption, efficiency, security, training};
        int sum = 0;
        for (int value : values) {
            if (value < 0 || value > 100) {
                throw BusinessRuleException.invalid("supervision.weights.error.range");
            }
            sum += value;
        }
        if (sum != 100) {
            throw BusinessRuleException.invalid("supervision.weights.error.sum", sum);
        }
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.ADOPTION, adoption);
        weights.put(Criterion.EFFICIENCY, efficiency);
        weights.put(Criterion.SECURITY, security);
        weights.put(Criterion.TRAINING, training);
        return weights;
    }

    static BigDecimal adoptionScore(BigDecimal ratio) {
        return ratio == null ? null : ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** 100 × (1 − candidates / instances measured); null when no instance was measured. */
    static BigDecimal efficiencyScore(long candidates, long measured) {
        if (measured <= 0) {
            return null;
        }
        return HUNDRED.multiply(BigDecimal.valueOf(measured - candidates))
                .divide(BigDecimal.valueOf(measured), 2, RoundingMode.HALF_UP);
    }

    /** 100 minus the penalty points per incident, open finding, overdue rectification and suspension; floor 0. */
    static BigDecimal securityScore(long incidents, long openFindings, long overdue, long suspensions,
                                    SecurityPenalties p) {
        long score = 100 - incidents * p.incident() - openFindings * p.openFinding() - overdue * p.overdue()
                - suspensions * p.suspension();
        return BigDecimal.valueOf(Math.max(0, score)).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal trainingScore(BigDecimal coverage) {
        return coverage == null ? null : coverage.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Σ weight × score / Σ weight over the criteria that have a score (a unit without systems is not judged on
     * adoption); null when no weighted criterion has a score.
     */
    static BigDecimal total(Map<Criterion, Integer> weights, Map<Criterion, BigDecimal> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        int weightSum = 0;
        for (Map.Entry<Criterion, Integer> w : weights.entrySet()) {
            BigDecimal score = scores.get(w.getKey());
            if (score != null && w.getValue() > 0) {
                sum = sum.add(score.multiply(BigDecimal.valueOf(w.getValue())));
                weightSum += w.getValue();
            }
        }
        if (weightSum == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(weightSum), 2, RoundingMode.HALF_UP);
    }

    record Ranked<T>(int rank, T item, BigDecimal total) {
    }

    /** Highest total first; equal totals share a rank (1, 2, 2, 4); items without a total come last, unranked. */
    static <T> List<Ranked<T>> rank(List<T> items, java.util.function.Function<T, BigDecimal> total,
                                    Comparator<T> tieOrder) {
        // each total once (a comparator calling it would compute it O(n log n) times over 10,000 units)
        List<Ranked<T>> totals = new ArrayList<>(items.size());
        for (T item : items) {
            totals.add(new Ranked<>(0, item, total.apply(item)));
        }
        totals.sort(Comparator.comparing((Ranked<T> r) -> r.total(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Ranked::item, tieOrder));
        List<Ranked<T>> ranked = new ArrayList<>(totals.size());
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < totals.size(); i++) {
            T item = totals.get(i).item();
            BigDecimal value = totals.get(i).total();
            if (value == null) {
                ranked.add(new Ranked<>(0, item, null));
                continue;
            }
            if (previous == null || value.compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = value;
            ranked.add(new Ranked<>(rank, item, value));
        }
        return ranked;
    }
}
