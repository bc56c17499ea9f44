package cn.gov.dehong.cloud.application.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One party's review opinion (Art. 9(三)). */
public record ReviewInput(boolean approved, @NotBlank @Size(max = 1000) String necessity,
                          @NotBlank @Size(max = 1000) String feasibility, @NotBlank @Size(max = 1000) String security,
                          @Size(max = 1000) String sharingScope, @NotBlank @Size(max = 1000) String productsAndCost,
                          @Size(max = 1000) String thirdPartyEvaluation, @Size(max = 2000) String comment) {
}
