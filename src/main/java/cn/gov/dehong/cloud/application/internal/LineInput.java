package cn.gov.dehong.cloud.application.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One requested resource line: product, size of one unit, quantity. */
public record LineInput(@NotNull Long productId, @Min(0) @Max(512) int vcpu, @Min(0) @Max(4096) int memoryGb,
                        @Min(0) @Max(1_000_000) int diskGb, @Min(0) @Max(100_000) int bandwidthMbps,
                        @Min(1) @Max(10_000) int quantity) {
}
