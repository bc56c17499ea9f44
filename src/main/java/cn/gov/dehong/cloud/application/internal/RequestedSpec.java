package cn.gov.dehong.cloud.application.internal;

import java.util.EnumMap;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/**
 * The size a unit asks for, kept to the parameters the product takes; each of those is required (a cloud host without
 * vCPU is not a request), the others are ignored.
 */
final class RequestedSpec {

    private RequestedSpec() {
    }

    static SpecValues of(ProductView product, int vcpu, int memoryGb, int diskGb, int bandwidthMbps) {
        Map<SpecParameter, Integer> values = new EnumMap<>(SpecParameter.class);
        for (SpecParameter parameter : product.parameters()) {
            int value = switch (parameter) {
                case VCPU -> vcpu;
                case MEMORY_GB -> memoryGb;
                case DISK_GB -> diskGb;
                case BANDWIDTH_MBPS -> bandwidthMbps;
            };
            if (value <= 0) {
                throw BusinessRuleException.invalid("application.error.specMissing", product.name(),
                        "spec." + parameter.name());
            }
            values.put(parameter, value);
        }
        return new SpecValues(values);
    }
}
