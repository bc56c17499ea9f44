package cn.gov.dehong.cloud.application.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Art. 9(七), 23: the vendor ends the service, hands the data and documents over and purges them. */
public record DecommissionInput(@NotNull LocalDate endDate, @NotBlank @Size(max = 2000) String dataHandover,
                                @NotBlank @Size(max = 200) String purgeMethod, @NotNull LocalDate purgedOn) {
}
