package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's device hosted in the data centre (IDC托管), under a custody agreement (Art. 20). */
@Entity
@Table(name = "ops_hosted_device")
class HostedDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Column(nullable = false, unique = true)
    private String assetTag;

    @Column(nullable = false)
    private String rackPosition;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false)
    private Long agreementId;

    private Long instanceId;

    @Column(nullable = false)
    private String registeredBy;

    @Column(nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected HostedDevice() {
    }

    HostedDevice(Long unitId, String unitName, String assetTag, String rackPosition, String description,
                 Long agreementId, Long instanceId, String registeredBy, Instant registeredAt) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.assetTag = assetTag;
        this.rackPosition = rackPosition;
        this.description = description;
        this.agreementId = agreementId;
        this.instanceId = instanceId;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    String describe() {
        return "assetTag=%s, rack=%s, unit=%s, agreement=%d, instance=%s".formatted(assetTag, rackPosition, unitName,
                agreementId, instanceId);
    }

    Long getId() { return id; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getAssetTag() { return assetTag; }
    String getRackPosition() { return rackPosition; }
    String getDescription() { return description; }
    Long getAgreementId() { return agreementId; }
    Long getInstanceId() { return instanceId; }
}
