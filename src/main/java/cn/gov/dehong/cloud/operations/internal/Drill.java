package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.operations.DrillKind;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An emergency or backup/recovery drill (演练, Art. 13, 15, 26) the vendor plans with participating units. */
@Entity
@Table(name = "ops_drill")
class Drill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DrillKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = 4000)
    private String scenario;

    @Column(nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private Instant windowEnd;

    /** Art. 26: "进行应急演练时不能影响使用单位的业务运行", declared by the vendor when planning. */
    private boolean noBusinessImpact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DrillStatus status;

    @Column(length = 4000)
    private String summary;

    @Column(nullable = false)
    private String plannedBy;

    @Column(nullable = false)
    private Instant plannedAt;

    private Instant completedAt;

    @Version
    private long version;

    protected Drill() {
    }

    Drill(DrillKind kind, String title, String scenario, Instant windowStart, Instant windowEnd, String plannedBy,
          Instant plannedAt) {
        this.kind = kind;
        this.title = title;
        this.scenario = scenario;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.noBusinessImpact = true;
        this.status = DrillStatus.PLANNED;
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
    }

    void complete(String summary, Instant at) {
        if (status == DrillStatus.COMPLETED) {
            throw BusinessRuleException.conflict("operations.drill.error.completed");
        }
        if (at.isBefore(windowStart)) {
            throw BusinessRuleException.conflict("operations.drill.error.notStarted");
        }
        this.status = DrillStatus.COMPLETED;
        this.summary = summary;
        this.completedAt = at;
    }

    String describe() {
        return "kind=%s, title=%s, window=%s..%s, status=%s".formatted(kind, title, windowStart, windowEnd, status);
    }

    Long getId() { return id; }
    DrillKind getKind() { return kind; }
    String getTitle() { return title; }
    String getScenario() { return scenario; }
    Instant getWindowStart() { return windowStart; }
    Instant getWindowEnd() { return windowEnd; }
    boolean isNoBusinessImpact() { return noBusinessImpact; }
    DrillStatus getStatus() { return status; }
    String getSummary() { return summary; }
    String getPlannedBy() { return plannedBy; }
    Instant getCompletedAt() { return completedAt; }
}
