package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketSeverity;
import cn.gov.dehong.cloud.operations.TicketStatus;

/**
 * A ticket with its SLA: targets in minutes on {@code slaBasis} (ROUND_THE_CLOCK or WORKING_HOURS), due moments,
 * measured minutes and whether each target was met (null while not measured yet), and whether it is overdue now.
 * A ticket is about a service instance ({@code instanceId}, code, product) or an application system ({@code systemId},
 * name).
 */
record TicketView(Long id, String code, Long instanceId, String instanceCode, String productName, Long systemId,
                  String systemName, Long unitId,
                  String unitName, TicketSeverity severity, String title, String description, TicketStatus status,
                  String reportedBy, Instant reportedAt, String slaBasis, long responseTargetMinutes,
                  long resolutionTargetMinutes, Instant responseDueAt, Instant resolutionDueAt,
                  Instant acknowledgedAt, String acknowledgedBy, Long responseMinutes, Boolean responseMet,
                  Instant resolvedAt, String resolvedBy, Long resolutionMinutes, Boolean resolutionMet,
                  String resolutionNote, Instant closedAt, Satisfaction satisfaction, String ratingComment,
                  int reopenCount, boolean responseOverdue, boolean resolutionOverdue, long version) {

    /** What the ticket is about, for lists: the instance code or the system's name. */
    public String subject() {
        return systemId != null ? systemName : instanceCode;
    }

    public boolean overdue() {
        return responseOverdue || resolutionOverdue;
    }
}
