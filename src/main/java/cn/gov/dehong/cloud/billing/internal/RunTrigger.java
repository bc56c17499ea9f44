package cn.gov.dehong.cloud.billing.internal;

/** MANUAL: finance started the run; SCHEDULED: the job on the 1st of the month billed the previous month. */
public enum RunTrigger {
    MANUAL,
    SCHEDULED
}
