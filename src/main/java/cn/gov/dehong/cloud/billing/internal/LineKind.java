package cn.gov.dehong.cloud.billing.internal;

/** CHARGE: metered by a run of its own period; ADJUSTMENT: a correction of a closed period booked in a later one. */
public enum LineKind {
    CHARGE,
    ADJUSTMENT
}
