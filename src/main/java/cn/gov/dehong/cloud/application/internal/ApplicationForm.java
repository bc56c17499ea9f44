package cn.gov.dehong.cloud.application.internal;

import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The application form of the web UI; blank resource rows are ignored. Converts to {@link ApplicationDraft}. */
public class ApplicationForm {

    static final int ROWS = 6;

    @NotNull private ApplicationKind kind = ApplicationKind.SPECIAL;
    private Long campaignId;
    @NotBlank @Size(max = 200) private String systemName;
    @NotBlank @Size(max = 2000) private String systemBasics;
    @Size(max = 2000) private String networkArchitecture;
    @NotBlank @Size(max = 500) private String fundSource;
    @Size(max = 2000) private String functionalIndicators;
    @Size(max = 2000) private String informationVolumeIndicators;
    @Size(max = 2000) private String performanceIndicators;
    @NotNull private PlatformZone zone = PlatformZone.PRIVATE;
    private boolean fundingSecured = true;
    private boolean noClassifiedDeclaration;
    @Valid private List<Row> lines = new ArrayList<>();

    public static class Row {
        private Long productId;
        @Min(0) @Max(512) private Integer vcpu;
        @Min(0) @Max(4096) private Integer memoryGb;
        @Min(0) @Max(1_000_000) private Integer diskGb;
        @Min(0) @Max(100_000) private Integer bandwidthMbps;
        @Min(1) @Max(10_000) private Integer quantity;

        public Long getProductId() { return productId; }
        public void setProductId(Long productId) { this.productId = productId; }
        public Integer getVcpu() { return vcpu; }
        public void setVcpu(Integer vcpu) { this.vcpu = vcpu; }
        public Integer getMemoryGb() { return memoryGb; }
        public void setMemoryGb(Integer memoryGb) { this.memoryGb = memoryGb; }
        public Integer getDiskGb() { return diskGb; }
        public void setDiskGb(Integer diskGb) { this.diskGb = diskGb; }
        public Integer getBandwidthMbps() { return bandwidthMbps; }
        public void setBandwidthMbps(Integer bandwidthMbps) { this.bandwidthMbps = bandwidthMbps; }
        public Integer getQuantity() { return quantity; }
        public void setQuantity(Integer quantity) { this.quantity = quantity; }
    }

    static ApplicationForm blank(ApplicationKind kind, Long campaignId) {
        ApplicationForm form = new ApplicationForm();
        form.kind = kind;
        form.campaignId = campaignId;
        form.fillRows();
        return form;
    }

    static ApplicationForm of(ApplicationDetails details) {
        ApplicationForm form = new ApplicationForm();
        form.kind = details.kind();
        form.campaignId = details.campaignId();
        form.systemName = details.systemName();
        form.systemBasics = details.systemBasics();
        form.networkArchitecture = details.networkArchitecture();
        form.fundSource = details.fundSource();
        form.functionalIndicators = details.functionalIndicators();
        form.informationVolumeIndicators = details.informationVolumeIndicators();
        form.performanceIndicators = details.performanceIndicators();
        form.zone = details.zone();
        form.fundingSecured = details.fundingSecured();
        form.noClassifiedDeclaration = details.noClassifiedDeclaration();
        for (ApplicationDetails.Line line : details.lines()) {
            Row row = new Row();
            row.productId = line.productId();
            row.vcpu = line.spec().get(SpecParameter.VCPU);
            row.memoryGb = line.spec().get(SpecParameter.MEMORY_GB);
            row.diskGb = line.spec().get(SpecParameter.DISK_GB);
            row.bandwidthMbps = line.spec().get(SpecParameter.BANDWIDTH_MBPS);
            row.quantity = line.quantity();
            form.lines.add(row);
        }
        form.fillRows();
        return form;
    }

    void fillRows() {
        while (lines.size() < ROWS) {
            lines.add(new Row());
        }
    }

    ApplicationDraft toDraft() {
        List<LineInput> inputs = lines.stream().filter(row -> row.productId != null)
                .map(row -> new LineInput(row.productId, zero(row.vcpu), zero(row.memoryGb), zero(row.diskGb),
                        zero(row.bandwidthMbps), row.quantity == null ? 1 : row.quantity))
                .toList();
        return new ApplicationDraft(kind, campaignId, systemName, systemBasics, networkArchitecture, fundSource,
                functionalIndicators, informationVolumeIndicators, performanceIndicators, zone, fundingSecured,
                noClassifiedDeclaration, inputs);
    }

    boolean hasNoLines() {
        return lines.stream().allMatch(row -> row.productId == null);
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    public ApplicationKind getKind() { return kind; }
    public void setKind(ApplicationKind kind) { this.kind = kind; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public String getSystemName() { return systemName; }
    public void setSystemName(String systemName) { this.systemName = systemName; }
    public String getSystemBasics() { return systemBasics; }
    public void setSystemBasics(String systemBasics) { this.systemBasics = systemBasics; }
    public String getNetworkArchitecture() { return networkArchitecture; }
    public void setNetworkArchitecture(String networkArchitecture) { this.networkArchitecture = networkArchitecture; }
    public String getFundSource() { return fundSource; }
    public void setFundSource(String fundSource) { this.fundSource = fundSource; }
    public String getFunctionalIndicators() { return functionalIndicators; }
    public void setFunctionalIndicators(String value) { this.functionalIndicators = value; }
    public String getInformationVolumeIndicators() { return informationVolumeIndicators; }
    public void setInformationVolumeIndicators(String value) { this.informationVolumeIndicators = value; }
    public String getPerformanceIndicators() { return performanceIndicators; }
    public void setPerformanceIndicators(String value) { this.performanceIndicators = value; }
    public PlatformZone getZone() { return zone; }
    public void setZone(PlatformZone zone) { this.zone = zone; }
    public boolean isFundingSecured() { return fundingSecured; }
    public void setFundingSecured(boolean fundingSecured) { this.fundingSecured = fundingSecured; }
    public boolean isNoClassifiedDeclaration() { return noClassifiedDeclaration; }
    public void setNoClassifiedDeclaration(boolean value) { this.noClassifiedDeclaration = value; }
    public List<Row> getLines() { return lines; }
    public void setLines(List<Row> lines) { this.lines = lines; }
}
