package cn.gov.dehong.cloud.operations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit (and, when known, its service instance) affected by an incident; it got the fault notice. */
@Entity
@Table(name = "ops_incident_unit")
class IncidentUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long incidentId;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    private Long instanceId;
    private String instanceCode;

    protected IncidentUnit() {
    }

    IncidentUnit(Long incidentId, Long unitId, String unitName, Long instanceId, String instanceCode) {
        this.incidentId = incidentId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.instanceId = instanceId;
        this.instanceCode = instanceCode;
    }

    Long getIncidentId() { return incidentId; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    Long getInstanceId() { return instanceId; }
    String getInstanceCode() { return instanceCode; }
}
