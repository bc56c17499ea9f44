package cn.gov.dehong.cloud.catalog;

import java.util.List;

/**
 * A product of Art. 4. {@code billingUnit} is what one unit of quantity means (e.g. "台", "GB", "Mbps", "套", "U").
 */
public record ProductView(Long id, String code, String name, String category, String billingUnit,
                          List<SpecParameter> parameters, boolean active) {
}
