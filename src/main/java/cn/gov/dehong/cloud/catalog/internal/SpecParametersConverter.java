package cn.gov.dehong.cloud.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.catalog.SpecParameter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A product's spec parameters as the comma list of {@code cat_product.parameters}, e.g. "VCPU,MEMORY_GB,DISK_GB". */
@Converter
class SpecParametersConverter implements AttributeConverter<List<SpecParameter>, String> {

    @Override
    public String convertToDatabaseColumn(List<SpecParameter> parameters) {
        return parameters == null ? "" : parameters.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<SpecParameter> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).map(SpecParameter::valueOf).toList();
    }
}
