package cn.gov.dehong.cloud.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.dehong.cloud.catalog.SpecParameter;

/** What a unit price in a price-list version is for: the product itself, or one unit of one of its spec parameters. */
public enum PriceComponent {
    BASE(null),
    VCPU(SpecParameter.VCPU),
    MEMORY_GB(SpecParameter.MEMORY_GB),
    DISK_GB(SpecParameter.DISK_GB),
    BANDWIDTH_MBPS(SpecParameter.BANDWIDTH_MBPS);

    private final SpecParameter parameter;

    PriceComponent(SpecParameter parameter) {
        this.parameter = parameter;
    }

    public Optional<SpecParameter> parameter() {
        return Optional.ofNullable(parameter);
    }

    /** The components a product is priced by: BASE, then one per spec parameter it takes. */
    public static List<PriceComponent> componentsOf(List<SpecParameter> parameters) {
        List<PriceComponent> components = new ArrayList<>();
        components.add(BASE);
        parameters.forEach(parameter -> components.add(of(parameter)));
        return components;
    }

    public static PriceComponent of(SpecParameter parameter) {
        for (PriceComponent component : values()) {
            if (component.parameter == parameter) {
                return component;
            }
        }
        throw new IllegalArgumentException("No price component for " + parameter);
    }
}
