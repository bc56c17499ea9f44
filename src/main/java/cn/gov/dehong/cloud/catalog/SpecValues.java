package cn.gov.dehong.cloud.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The size of one unit of a product, e.g. {VCPU=4, MEMORY_GB=8, DISK_GB=100}. Parameters the product does not take
 * are ignored; a missing parameter counts as 0.
 */
public record SpecValues(Map<SpecParameter, Integer> values) {

    public SpecValues {
        Map<SpecParameter, Integer> ordered = new EnumMap<>(SpecParameter.class);
        if (values != null) {
            ordered.putAll(values);
        }
        values = Collections.unmodifiableMap(ordered);
    }

    /**
     * The spec stored as four columns (vCPU, memory, disk, bandwidth); a null or non-positive column is a parameter
     * the product does not take.
     */
    public static SpecValues of(Integer vcpu, Integer memoryGb, Integer diskGb, Integer bandwidthMbps) {
        Map<SpecParameter, Integer> values = new EnumMap<>(SpecParameter.class);
        putPositive(values, SpecParameter.VCPU, vcpu);
        putPositive(values, SpecParameter.MEMORY_GB, memoryGb);
        putPositive(values, SpecParameter.DISK_GB, diskGb);
        putPositive(values, SpecParameter.BANDWIDTH_MBPS, bandwidthMbps);
        return new SpecValues(values);
    }

    private static void putPositive(Map<SpecParameter, Integer> values, SpecParameter parameter, Integer value) {
        if (value != null && value > 0) {
            values.put(parameter, value);
        }
    }

    public static SpecValues none() {
        return new SpecValues(Map.of());
    }

    public int get(SpecParameter parameter) {
        return values.getOrDefault(parameter, 0);
    }
}
