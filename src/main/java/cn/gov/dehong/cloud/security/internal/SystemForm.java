package cn.gov.dehong.cloud.security.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import org.springframework.format.annotation.DateTimeFormat;

/** The application-system form: flat fields a page binds, turned into the service's input. */
class SystemForm {

    private String name;
    private String purpose;
    private PlatformZone zone;
    private List<Long> instanceIds = new ArrayList<>();
    private boolean onCloud;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedMigrationOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endOfLifeOn;
    private boolean website;
    private String adminName;
    private String adminPhone;
    private String secrecyName;
    private String secrecyPhone;
    private String auditName;
    private String auditPhone;
    private String domainName;
    private String icpNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate icpExpiresOn;
    private boolean tamperProtection;
    private boolean realtimeScanning;

    static SystemForm of(SystemService.SystemView v) {
        SystemForm f = new SystemForm();
        f.name = v.name();
        f.purpose = v.purpose();
        f.zone = v.zone();
        f.instanceIds = new ArrayList<>(v.instanceIds());
        f.onCloud = v.onCloud();
        f.plannedMigrationOn = v.plannedMigrationOn();
        f.endOfLifeOn = v.endOfLifeOn();
        f.website = v.website();
        f.adminName = v.admin().name();
        f.adminPhone = v.admin().phone();
        f.secrecyName = v.secrecy().name();
        f.secrecyPhone = v.secrecy().phone();
        f.auditName = v.audit().name();
        f.auditPhone = v.audit().phone();
        f.domainName = v.domainName();
        f.icpNumber = v.icpNumber();
        f.icpExpiresOn = v.icpExpiresOn();
        f.tamperProtection = v.tamperProtection();
        f.realtimeScanning = v.realtimeScanning();
        return f;
    }

    SystemService.SystemInput toInput() {
        return new SystemService.SystemInput(name, purpose, zone, instanceIds, onCloud, plannedMigrationOn,
                endOfLifeOn, website, new SystemService.PersonInput(adminName, adminPhone),
                new SystemService.PersonInput(secrecyName, secrecyPhone),
                new SystemService.PersonInput(auditName, auditPhone), domainName, icpNumber, icpExpiresOn,
                tamperProtection, realtimeScanning);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public PlatformZone getZone() { return zone; }
    public void setZone(PlatformZone zone) { this.zone = zone; }
    public List<Long> getInstanceIds() { return instanceIds; }
    public void setInstanceIds(List<Long> instanceIds) { this.instanceIds = instanceIds == null ? new ArrayList<>() : instanceIds; }
    public boolean isOnCloud() { return onCloud; }
    public void setOnCloud(boolean onCloud) { this.onCloud = onCloud; }
    public LocalDate getPlannedMigrationOn() { return plannedMigrationOn; }
    public void setPlannedMigrationOn(LocalDate plannedMigrationOn) { this.plannedMigrationOn = plannedMigrationOn; }
    public LocalDate getEndOfLifeOn() { return endOfLifeOn; }
    public void setEndOfLifeOn(LocalDate endOfLifeOn) { this.endOfLifeOn = endOfLifeOn; }
    public boolean isWebsite() { return website; }
    public void setWebsite(boolean website) { this.website = website; }
    public String getAdminName() { return adminName; }
    public void setAdminName(String adminName) { this.adminName = adminName; }
    public String getAdminPhone() { return adminPhone; }
    public void setAdminPhone(String adminPhone) { this.adminPhone = adminPhone; }
    public String getSecrecyName() { return secrecyName; }
    public void setSecrecyName(String secrecyName) { this.secrecyName = secrecyName; }
    public String getSecrecyPhone() { return secrecyPhone; }
    public void setSecrecyPhone(String secrecyPhone) { this.secrecyPhone = secrecyPhone; }
    public String getAuditName() { return auditName; }
    public void setAuditName(String auditName) { this.auditName = auditName; }
    public String getAuditPhone() { return auditPhone; }
    public void setAuditPhone(String auditPhone) { this.auditPhone = auditPhone; }
    public String getDomainName() { return domainName; }
    public void setDomainName(String domainName) { this.domainName = domainName; }
    public String getIcpNumber() { return icpNumber; }
    public void setIcpNumber(String icpNumber) { this.icpNumber = icpNumber; }
    public LocalDate getIcpExpiresOn() { return icpExpiresOn; }
    public void setIcpExpiresOn(LocalDate icpExpiresOn) { this.icpExpiresOn = icpExpiresOn; }
    public boolean isTamperProtection() { return tamperProtection; }
    public void setTamperProtection(boolean tamperProtection) { this.tamperProtection = tamperProtection; }
    public boolean isRealtimeScanning() { return realtimeScanning; }
    public void setRealtimeScanning(boolean realtimeScanning) { this.realtimeScanning = realtimeScanning; }
}
