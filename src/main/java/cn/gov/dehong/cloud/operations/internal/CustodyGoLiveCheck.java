package cn.gov.dehong.cloud.operations.internal;

import java.time.LocalDate;

import cn.gov.dehong.cloud.subscription.GoLiveCheck;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import org.springframework.stereotype.Component;

/**
 * Art. 20 as a go-live gate: subscription asks before an IDC-hosting (IDC托管) instance enters production; without a
 * custody agreement of its unit that covers the billing start, the go-live is refused and nothing changes.
 */
@Component
class CustodyGoLiveCheck implements GoLiveCheck {

    private final CustodyService custody;

    CustodyGoLiveCheck(CustodyService custody) {
        this.custody = custody;
    }

    @Override
    public void check(ServiceInstanceView instance, LocalDate billingStart) {
        custody.requireAgreementFor(instance, billingStart);
    }
}
