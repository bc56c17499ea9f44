package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A planned security inspection of application systems (安全检查, Art. 25). */
@Entity
@Table(name = "sec_inspection")
class Inspection {

    /** The 网信办 leads every inspection (Art. 25); the others join it as co-inspectors. */
    enum Department { CAC, SECRECY_BUREAU, INDUSTRY_TECHNOLOGY, PUBLIC_SECURITY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false)
    private String plannedBy;

    @Column(nullable = false)
    private Instant createdAt;

    private String coInspectors;

    @ElementCollection
    @CollectionTable(name = "sec_inspection_system", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "system_id")
    private Set<Long> systemIds = new LinkedHashSet<>();

    protected Inspection() {
    }

    Inspection(String title, LocalDate plannedOn, Set<Long> systemIds, Set<Department> coInspectors, String plannedBy,
               Instant createdAt) {
        this.title = title;
        this.coInspectors = coInspectors.isEmpty() ? null
                : String.join(",", coInspectors.stream().sorted().map(Department::name).toList());
        this.plannedOn = plannedOn;
        this.systemIds.addAll(systemIds);
        this.plannedBy = plannedBy;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    LocalDate getPlannedOn() { return plannedOn; }
    String getPlannedBy() { return plannedBy; }
    Set<Long> getSystemIds() { return Set.copyOf(systemIds); }

    Set<Department> coInspectors() {
        Set<Department> set = EnumSet.noneOf(Department.class);
        if (coInspectors != null) {
            for (String name : coInspectors.split(",")) {
                set.add(Department.valueOf(name));
            }
        }
        return set;
    }
}
