package cn.gov.dehong.cloud.application.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Art. 9(四): the vendor met the unit, wrote the migration plan and opened the test resources on {@code testStart}. */
public record KickoffInput(@NotNull LocalDate kickoffOn, @NotBlank @Size(max = 2000) String migrationPlan,
                           @NotNull LocalDate testStart) {
}
