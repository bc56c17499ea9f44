package cn.gov.dehong.cloud.billing.internal;

/** How a month with only some days of use is charged (setting {@code dehong.billing.partial-month}). */
enum PartialMonthRule {
    /**
     * Art. 9(七) "按实际使用月": a month with any day of use counts as a whole month (the default). A spec change inside
     * the month splits it at the change date, so the month still adds up to exactly one month's fee share.
     */
    WHOLE_MONTH,
    /** Days of use / days in the month. */
    BY_DAYS
}
