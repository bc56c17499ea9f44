package cn.gov.dehong.cloud.operations;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a service ticket (工单, Art. 16, 19). The unit reports, the vendor acknowledges (first response),
 * works and resolves; the unit confirms (and rates) or reopens. Which transition is allowed is decided here only.
 */
public enum TicketStatus {
    /** 待响应: reported, waiting for the vendor's first response. */
    OPEN,
    /** 已响应: the vendor acknowledged. */
    ACKNOWLEDGED,
    /** 处理中. */
    IN_PROGRESS,
    /** 已解决: waiting for the unit to confirm or reopen. */
    RESOLVED,
    /** 重新打开: the unit was not satisfied with the resolution. */
    REOPENED,
    /** 已关闭: the unit confirmed and rated. */
    CLOSED,
    /** 已撤回: the unit withdrew it before the vendor responded. */
    CANCELLED;

    public Set<TicketStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACKNOWLEDGED, CANCELLED);
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case REOPENED -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** The vendor still owes work: the resolution clock runs. */
    public boolean awaitingVendor() {
        return this == OPEN || this == ACKNOWLEDGED || this == IN_PROGRESS || this == REOPENED;
    }

    public boolean finished() {
        return this == CLOSED || this == CANCELLED;
    }
}
