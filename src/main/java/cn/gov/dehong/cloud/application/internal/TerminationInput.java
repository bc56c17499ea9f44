package cn.gov.dehong.cloud.application.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Art. 9(七): why the unit stops, that it took its system offline and backed up / migrated its data, and when. */
public record TerminationInput(@NotBlank @Size(max = 2000) String reason, boolean dataBackupConfirmed,
                               @NotNull LocalDate requestedEndDate) {
}
