package cn.gov.dehong.cloud.application.internal;

import java.util.List;

import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The content of an application (Art. 9(一)): the business system's basics, network architecture, fund source,
 * functional / information-volume / performance indicators, the platform zone, the resources sized for one year,
 * and the declaration that no classified or work-secret information is processed (Art. 7, 32).
 */
public record ApplicationDraft(
        @NotNull ApplicationKind kind,
        Long campaignId,
        @NotBlank @Size(max = 200) String systemName,
        @NotBlank @Size(max = 2000) String systemBasics,
        @Size(max = 2000) String networkArchitecture,
        @NotBlank @Size(max = 500) String fundSource,
        @Size(max = 2000) String functionalIndicators,
        @Size(max = 2000) String informationVolumeIndicators,
        @Size(max = 2000) String performanceIndicators,
        @NotNull PlatformZone zone,
        boolean fundingSecured,
        boolean noClassifiedDeclaration,
        @NotEmpty @Valid List<LineInput> lines) {
}
