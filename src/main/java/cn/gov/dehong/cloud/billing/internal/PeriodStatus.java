package cn.gov.dehong.cloud.billing.internal;

/** OPEN: runs replace its charge lines; CLOSED: frozen, corrections go to a later period as adjustments. */
public enum PeriodStatus {
    OPEN,
    CLOSED
}
