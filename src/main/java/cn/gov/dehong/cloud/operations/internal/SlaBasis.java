package cn.gov.dehong.cloud.operations.internal;

/** How an SLA target's time is counted. */
enum SlaBasis {
    /** Every minute counts (24 × 7). */
    ROUND_THE_CLOCK,
    /** Only office hours of working days on the official calendar count (weekends and holidays do not, 调休 days do). */
    WORKING_HOURS
}
