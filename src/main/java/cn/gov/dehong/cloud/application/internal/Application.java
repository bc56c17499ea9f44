package cn.gov.dehong.cloud.application.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.application.ApplicationStatus;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's request for cloud services (Art. 9(一)) with its sizing plan content and resource lines. */
@Entity
@Table(name = "app_application")
class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationKind kind;

    private Long campaignId;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false)
    private String systemName;

    @Column(length = 2000)
    private String systemBasics;

    @Column(length = 2000)
    private String networkArchitecture;

    @Column(length = 500)
    private String fundSource;

    @Column(length = 2000)
    private String functionalIndicators;

    @Column(length = 2000)
    private String informationVolumeIndicators;

    @Column(length = 2000)
    private String performanceIndicators;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlatformZone zone;

    private boolean fundingSecured;

    private boolean noClassifiedDeclaration;

    private Long sizingPlanAttachmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    private Integer priority;

    private Long usagePlanId;

    @Column(precision = 14, scale = 2)
    private BigDecimal estimatedMonthlyFee;

    private String processInstanceId;

    private java.time.LocalDate kickoffOn;

    @Column(length = 2000)
    private String migrationPlan;

    private java.time.LocalDate testStart;

    private java.time.LocalDate productionStart;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant submittedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id", nullable = false)
    @OrderBy("id")
    private List<ApplicationLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
    }

    Application(String code, ApplicationKind kind, Long campaignId, Long unitId, String unitName, String createdBy,
                Instant now) {
        this.code = code;
        this.kind = kind;
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = ApplicationStatus.DRAFT;
    }

    void describe(String systemName, String systemBasics, String networkArchitecture, String fundSource,
                  String functionalIndicators, String informationVolumeIndicators, String performanceIndicators,
                  PlatformZone zone, boolean fundingSecured, boolean noClassifiedDeclaration) {
        requireDraft();
        this.systemName = systemName;
        this.systemBasics = systemBasics;
        this.networkArchitecture = networkArchitecture;
        this.fundSource = fundSource;
        this.functionalIndicators = functionalIndicators;
        this.informationVolumeIndicators = informationVolumeIndicators;
        this.performanceIndicators = performanceIndicators;
        this.zone = zone;
        this.fundingSecured = fundingSecured;
        this.noClassifiedDeclaration = noClassifiedDeclaration;
    }

    void replaceLines(List<ApplicationLine> newLines, BigDecimal estimatedMonthlyFee) {
        requireDraft();
        lines.clear();
        lines.addAll(newLines);
        this.estimatedMonthlyFee = estimatedMonthlyFee;
    }

    void attachSizingPlan(Long attachmentId) {
        requireDraft();
        this.sizingPlanAttachmentId = attachmentId;
    }

    void requireDraft() {
        if (status != ApplicationStatus.DRAFT) {
            throw BusinessRuleException.conflict("application.error.notDraft", code);
        }
    }

    /** Art. 9(一)2: a special application whose funds are not secured first goes to the same-level government. */
    boolean needsFundingApproval() {
        return kind == ApplicationKind.SPECIAL && !fundingSecured;
    }

    void moveTo(ApplicationStatus target) {
        if (!status.canMoveTo(target)) {
            throw BusinessRuleException.conflict("application.error.transition", code, status, target);
        }
        this.status = target;
    }

    void submitted(Instant at, String processInstanceId) {
        this.submittedAt = at;
        this.processInstanceId = processInstanceId;
    }

    void assignCode(String code) {
        this.code = code;
    }

    void returned() {
        moveTo(ApplicationStatus.DRAFT);
        this.processInstanceId = null;
        this.submittedAt = null;
    }

    void kickedOff(java.time.LocalDate kickoffOn, String migrationPlan, java.time.LocalDate testStart,
                   java.time.LocalDate productionStart) {
        moveTo(ApplicationStatus.TESTING);
        this.kickoffOn = kickoffOn;
        this.migrationPlan = migrationPlan;
        this.testStart = testStart;
        this.productionStart = productionStart;
    }

    void plan(Long usagePlanId, int priority) {
        this.usagePlanId = usagePlanId;
        this.priority = priority;
    }

    void unplan() {
        this.usagePlanId = null;
        this.priority = null;
    }

    Long getId() { return id; }
    String getCode() { return code; }
    ApplicationKind getKind() { return kind; }
    Long getCampaignId() { return campaignId; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getSystemName() { return systemName; }
    String getSystemBasics() { return systemBasics; }
    String getNetworkArchitecture() { return networkArchitecture; }
    String getFundSource() { return fundSource; }
    String getFunctionalIndicators() { return functionalIndicators; }
    String getInformationVolumeIndicators() { return informationVolumeIndicators; }
    String getPerformanceIndicators() { return performanceIndicators; }
    PlatformZone getZone() { return zone; }
    boolean isFundingSecured() { return fundingSecured; }
    boolean isNoClassifiedDeclaration() { return noClassifiedDeclaration; }
    Long getSizingPlanAttachmentId() { return sizingPlanAttachmentId; }
    ApplicationStatus getStatus() { return status; }
    Integer getPriority() { return priority; }
    Long getUsagePlanId() { return usagePlanId; }
    BigDecimal getEstimatedMonthlyFee() { return estimatedMonthlyFee; }
    String getProcessInstanceId() { return processInstanceId; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    Instant getSubmittedAt() { return submittedAt; }
    List<ApplicationLine> getLines() { return lines; }
    long getVersion() { return version; }
    java.time.LocalDate getKickoffOn() { return kickoffOn; }
    String getMigrationPlan() { return migrationPlan; }
    java.time.LocalDate getTestStart() { return testStart; }
    java.time.LocalDate getProductionStart() { return productionStart; }
}
