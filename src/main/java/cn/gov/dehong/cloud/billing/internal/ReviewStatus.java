package cn.gov.dehong.cloud.billing.internal;

/**
 * The vendor's review of a charge line: none yet (OPEN), CONFIRMED, DISPUTED with a reason (blocks closing the
 * period), or RESOLVED by finance or the DEC (UPHELD: the vendor was right and a correction follows; REJECTED: the
 * line stands).
 */
public enum ReviewStatus {
    OPEN,
    CONFIRMED,
    DISPUTED,
    RESOLVED
}
