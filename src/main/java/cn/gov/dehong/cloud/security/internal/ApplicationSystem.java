package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's business application system (业务应用系统, Art. 21, 24) with its responsible persons and website data. */
@Entity
@Table(name = "sec_application_system")
class ApplicationSystem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlatformZone zone;

    @ElementCollection
    @CollectionTable(name = "sec_system_instance", joinColumns = @JoinColumn(name = "system_id"))
    @Column(name = "instance_id")
    private Set<Long> instanceIds = new LinkedHashSet<>();

    private boolean onCloud;
    /** The day the on-cloud flag was set (Art. 30: adoption as of a period's end); null while not on the cloud. */
    private LocalDate onCloudSince;
    private LocalDate plannedMigrationOn;
    private LocalDate endOfLifeOn;
    private boolean website;
    private String adminName;
    @Convert(converter = PhoneNumberConverter.class)
    private String adminPhone;
    private String secrecyName;
    @Convert(converter = PhoneNumberConverter.class)
    private String secrecyPhone;
    private String auditName;
    @Convert(converter = PhoneNumberConverter.class)
    private String auditPhone;
    private String domainName;
    private String icpNumber;
    private LocalDate icpExpiresOn;
    private boolean tamperProtection;
    private boolean realtimeScanning;
    private LocalDate lastScanOn;
    private String lastScanSummary;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ApplicationSystem() {
    }

    ApplicationSystem(Long unitId, String unitName, String createdBy, Instant createdAt) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Demo data only: the inventory a unit kept before it was entered here, registered (and, if on the cloud, on the
     * cloud) since {@code registeredAt}, so that the supervision report of past months has an inventory.
     */
    void registeredSince(Instant registeredAt) {
        this.createdAt = registeredAt;
        if (this.onCloudSince != null) {
            this.onCloudSince = LocalDate.ofInstant(registeredAt, WorkingDayCalendar.ZONE);
        }
    }

    /** {@code today}: the day the on-cloud flag counts from when this sets it; unsetting it clears the day. */
    void apply(SystemRules.SystemData data, LocalDate today) {
        if (!data.onCloud()) {
            this.onCloudSince = null;
        } else if (!this.onCloud) {
            this.onCloudSince = today;
        } else if (this.onCloudSince == null) {
            // on the cloud without a day (a row written around the application): since its registration, as read
            this.onCloudSince = LocalDate.ofInstant(createdAt, WorkingDayCalendar.ZONE);
        }
        this.name = data.name();
        this.purpose = data.purpose();
        this.zone = data.zone();
        this.instanceIds.clear();
        this.instanceIds.addAll(data.instanceIds());
        this.onCloud = data.onCloud();
        this.plannedMigrationOn = data.plannedMigrationOn();
        this.endOfLifeOn = data.endOfLifeOn();
        this.website = data.website();
        this.adminName = data.admin().name();
        this.adminPhone = data.admin().phone();
        this.secrecyName = data.secrecy().name();
        this.secrecyPhone = data.secrecy().phone();
        this.auditName = data.audit().name();
        this.auditPhone = data.audit().phone();
        this.domainName = data.domainName();
        this.icpNumber = data.icpNumber();
        this.icpExpiresOn = data.icpExpiresOn();
        this.tamperProtection = data.tamperProtection();
        this.realtimeScanning = data.realtimeScanning();
    }

    void recordScan(LocalDate scannedOn, String summary) {
        this.lastScanOn = scannedOn;
        this.lastScanSummary = summary;
    }

    SystemRules.SystemData data() {
        return new SystemRules.SystemData(name, purpose, zone, Set.copyOf(instanceIds), onCloud, plannedMigrationOn,
                endOfLifeOn, website, new SystemRules.Person(adminName, adminPhone),
                new SystemRules.Person(secrecyName, secrecyPhone), new SystemRules.Person(auditName, auditPhone),
                domainName, icpNumber, icpExpiresOn, tamperProtection, realtimeScanning);
    }

    String describe() {
        return "name=%s, unit=%s, zone=%s, instances=%s, onCloud=%s, website=%s, domain=%s, icp=%s/%s, admin=%s, "
                .formatted(name, unitName, zone, instanceIds, onCloud, website, domainName, icpNumber, icpExpiresOn,
                        adminName)
                + "secrecy=%s, audit=%s, lastScan=%s".formatted(secrecyName, auditName, lastScanOn);
    }

    Long getId() { return id; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getName() { return name; }
    LocalDate getOnCloudSince() { return onCloudSince; }
    LocalDate getLastScanOn() { return lastScanOn; }
    String getLastScanSummary() { return lastScanSummary; }
    long getVersion() { return version; }
}
