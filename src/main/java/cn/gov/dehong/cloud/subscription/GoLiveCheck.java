package cn.gov.dehong.cloud.subscription;

import java.time.LocalDate;

/**
 * Extension point: another module vetoes the go-live of a service instance (Art. 9(五)) by throwing a
 * {@link cn.gov.dehong.cloud.shared.BusinessRuleException}; then nothing changes. Subscription calls every
 * {@code GoLiveCheck} bean before an instance enters production, and when asked by {@link
 * SubscriptionManagement#checkGoLive} (e.g. at the vendor's kick-off, long before the test-period timer). Example:
 * operations refuses an IDC-hosting line without a custody agreement on file (Art. 20). Subscription does not know
 * the implementations, so it depends on no module that provides one.
 */
public interface GoLiveCheck {

    void check(ServiceInstanceView instance, LocalDate billingStart);
}
