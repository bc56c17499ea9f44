package cn.gov.dehong.cloud.application.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Art. 9(六): the new configuration of a running service instance and why. */
public record ChangeInput(@Min(0) @Max(512) int vcpu, @Min(0) @Max(4096) int memoryGb, @Min(0) @Max(1_000_000) int diskGb,
                          @Min(0) @Max(100_000) int bandwidthMbps, @Min(1) @Max(10_000) int quantity,
                          @NotBlank @Size(max = 2000) String reason) {
}
