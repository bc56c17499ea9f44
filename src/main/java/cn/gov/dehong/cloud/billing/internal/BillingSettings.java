package cn.gov.dehong.cloud.billing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The billing rules a finance bureau may choose, documented in the README:
 * {@code dehong.billing.partial-month} (WHOLE_MONTH by Art. 9(七), or BY_DAYS), {@code dehong.billing.bill-suspended}
 * (whether days of a SUSPENDED instance are charged; default true, because a suspension of Art. 25 keeps the
 * resources reserved), and {@code dehong.billing.page-size} (instances metered per keyset page of a run).
 */
@ConfigurationProperties("dehong.billing")
record BillingSettings(@DefaultValue("WHOLE_MONTH") PartialMonthRule partialMonth,
                       @DefaultValue("true") boolean billSuspended,
                       @DefaultValue("5000") int pageSize) {

    static BillingSettings defaults() {
        return new BillingSettings(PartialMonthRule.WHOLE_MONTH, true, 5000);
    }
}
