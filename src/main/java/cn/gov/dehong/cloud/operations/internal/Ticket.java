package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketSeverity;
import cn.gov.dehong.cloud.operations.TicketStatus;
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

/**
 * A service ticket (工单). The SLA targets and due moments are fixed when it is reported, so that a later change of
 * the configured targets never rewrites history. The resolution clock runs from the report to the last resolution:
 * a reopened ticket was not resolved.
 */
@Entity
@Table(name = "ops_ticket")
class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    /** The service instance the ticket is about, or null when it is about an application system. */
    private Long instanceId;
    private String instanceCode;
    private String productName;

    /** The unit's application system (security's inventory) the ticket is about, or null. */
    private Long systemId;
    private String systemName;

    @Column(nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketSeverity severity;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Column(nullable = false)
    private String reportedBy;

    @Column(nullable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SlaBasis slaBasis;

    private long responseTargetMinutes;
    private long resolutionTargetMinutes;

    @Column(nullable = false)
    private Instant responseDueAt;

    @Column(nullable = false)
    private Instant resolutionDueAt;

    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Long responseMinutes;

    private Instant resolvedAt;
    private String resolvedBy;
    private Long resolutionMinutes;

    @Column(length = 4000)
    private String resolutionNote;

    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    @Column(length = 1000)
    private String ratingComment;

    private int reopenCount;
    private boolean responseOverdueNoticed;
    private boolean resolutionOverdueNoticed;

    @Version
    private long version;

    protected Ticket() {
    }

    Ticket(String code, Long instanceId, String instanceCode, String productName, Long unitId, String unitName,
           TicketSeverity severity, String title, String description, String reportedBy, Instant reportedAt,
           SlaBasis slaBasis, long responseTargetMinutes, long resolutionTargetMinutes, Instant responseDueAt,
           Instant resolutionDueAt) {
        this.code = code;
        this.instanceId = instanceId;
        this.instanceCode = instanceCode;
        this.productName = productName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.severity = severity;
        this.title = title;
        this.description = description;
        this.status = TicketStatus.OPEN;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.slaBasis = slaBasis;
        this.responseTargetMinutes = responseTargetMinutes;
        this.resolutionTargetMinutes = resolutionTargetMinutes;
        this.responseDueAt = responseDueAt;
        this.resolutionDueAt = resolutionDueAt;
    }

    /** The ticket is about an application system, not a service instance. */
    void aboutSystem(Long systemId, String systemName) {
        this.systemId = systemId;
        this.systemName = systemName;
    }

    /** Moves to {@code target} or fails with 409 when the sequence does not allow it. */
    TicketStatus moveTo(TicketStatus target) {
        if (!status.canMoveTo(target)) {
            throw BusinessRuleException.conflict("operations.ticket.error.transition", code, status, target);
        }
        TicketStatus previous = status;
        status = target;
        return previous;
    }

    void assignCode(String code) {
        this.code = code;
    }

    void acknowledged(Instant at, String by, long minutes) {
        this.acknowledgedAt = at;
        this.acknowledgedBy = by;
        this.responseMinutes = minutes;
    }

    void resolved(Instant at, String by, String note, long minutes) {
        this.resolvedAt = at;
        this.resolvedBy = by;
        this.resolutionNote = note;
        this.resolutionMinutes = minutes;
    }

    void reopened() {
        this.resolvedAt = null;
        this.resolvedBy = null;
        this.resolutionMinutes = null;
        this.reopenCount++;
    }

    void closed(Instant at, Satisfaction satisfaction, String comment) {
        this.closedAt = at;
        this.satisfaction = satisfaction;
        this.ratingComment = comment;
    }

    boolean responseOverdue(Instant now) {
        return status != TicketStatus.CANCELLED && acknowledgedAt == null && now.isAfter(responseDueAt);
    }

    boolean resolutionOverdue(Instant now) {
        return status.awaitingVendor() && now.isAfter(resolutionDueAt);
    }

    /** True once per kind of lateness: the DEC hears of it once. */
    boolean markOverdueNoticed(Instant now) {
        boolean news = false;
        if (responseOverdue(now) && !responseOverdueNoticed) {
            responseOverdueNoticed = true;
            news = true;
        }
        if (resolutionOverdue(now) && !resolutionOverdueNoticed) {
            resolutionOverdueNoticed = true;
            news = true;
        }
        return news;
    }

    TicketView toView(Instant now) {
        Boolean responseMet = acknowledgedAt == null ? null : !acknowledgedAt.isAfter(responseDueAt);
        Boolean resolutionMet = resolvedAt == null ? null : !resolvedAt.isAfter(resolutionDueAt);
        return new TicketView(id, code, instanceId, instanceCode, productName, systemId, systemName, unitId, unitName,
                severity, title,
                description, status, reportedBy, reportedAt, slaBasis.name(), responseTargetMinutes,
                resolutionTargetMinutes, responseDueAt, resolutionDueAt, acknowledgedAt, acknowledgedBy,
                responseMinutes, responseMet, resolvedAt, resolvedBy, resolutionMinutes, resolutionMet,
                resolutionNote, closedAt, satisfaction, ratingComment, reopenCount, responseOverdue(now),
                resolutionOverdue(now), version);
    }

    String describe() {
        return "code=%s, status=%s, severity=%s, %s, responseDue=%s, resolutionDue=%s".formatted(code, status,
                severity, systemId == null ? "instance=" + instanceCode : "system=" + systemId + " " + systemName,
                responseDueAt, resolutionDueAt);
    }

    Long getId() { return id; }
    String getCode() { return code; }
    Long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getTitle() { return title; }
    TicketStatus getStatus() { return status; }
    String getReportedBy() { return reportedBy; }
    Instant getReportedAt() { return reportedAt; }
    SlaBasis getSlaBasis() { return slaBasis; }
    Satisfaction getSatisfaction() { return satisfaction; }
    Instant getResolvedAt() { return resolvedAt; }
}
