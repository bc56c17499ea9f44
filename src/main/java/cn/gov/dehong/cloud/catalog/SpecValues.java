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

    public static SpecValues none() {
        return new SpecValues(Map.of());
    }

    public int get(SpecParameter parameter) {
        return values.getOrDefault(parameter, 0);
    }
}
