package cn.gov.dehong.cloud.organization.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.organization.UnitKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "org_unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @Enumerated(EnumType.STRING)
    private FundingKind fundingKind;

    private Long parentId;

    private Long countyId;

    /** Materialized path of ids, e.g. "/1/3/12/", for subtree queries. */
    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Unit() {
    }

    Unit(String code, String name, UnitKind kind, FundingKind fundingKind, Unit parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.fundingKind = fundingKind;
        this.parentId = parent == null ? null : parent.id;
        if (parent != null) {
            this.countyId = parent.kind == UnitKind.COUNTY ? parent.id : parent.countyId;
        }
        this.path = "/";
        this.createdAt = Instant.now();
    }

    void assignPath(Unit parent) {
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    Long getId() { return id; }
    String getCode() { return code; }
    String getName() { return name; }
    UnitKind getKind() { return kind; }
    FundingKind getFundingKind() { return fundingKind; }
    Long getParentId() { return parentId; }
    Long getCountyId() { return countyId; }
    String getPath() { return path; }

    int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
