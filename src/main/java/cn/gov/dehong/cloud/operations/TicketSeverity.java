package cn.gov.dehong.cloud.operations;

/** How badly a problem hurts the unit's business; decides the SLA targets of a ticket. */
public enum TicketSeverity {
    /** 紧急: the business is down. */
    CRITICAL,
    /** 高: a main function is impaired. */
    HIGH,
    /** 中: impaired with a workaround. */
    MEDIUM,
    /** 低: a question or a cosmetic problem. */
    LOW
}
