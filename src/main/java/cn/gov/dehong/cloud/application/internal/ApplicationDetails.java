package cn.gov.dehong.cloud.application.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.application.ApplicationStatus;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;

public record ApplicationDetails(Long id, String code, ApplicationKind kind, Long campaignId, Long unitId,
                                 String unitName, String systemName, String systemBasics, String networkArchitecture,
                                 String fundSource, String functionalIndicators, String informationVolumeIndicators,
                                 String performanceIndicators, PlatformZone zone, boolean fundingSecured,
                                 boolean noClassifiedDeclaration, AttachmentInfo sizingPlan, ApplicationStatus status,
                                 Integer priority, BigDecimal estimatedMonthlyFee, String createdBy, Instant createdAt,
                                 Instant submittedAt, LocalDate kickoffOn, String migrationPlan, LocalDate testStart,
                                 LocalDate productionStart, List<Line> lines, List<StepView> timeline,
                                 List<Opinion> opinions, List<ServiceInstanceView> instances, long version) {

    public record Line(Long id, Long productId, String productName, Map<SpecParameter, Integer> spec, int quantity,
                       BigDecimal monthlyFeeEstimate) {
    }

    public record Opinion(String party, boolean approved, String necessity, String feasibility, String security,
                          String sharingScope, String productsAndCost, String thirdPartyEvaluation, String comment,
                          String reviewer, Instant reviewedAt) {
    }

    public record AttachmentInfo(Long id, String fileName, long size, String sha256) {
    }
}
