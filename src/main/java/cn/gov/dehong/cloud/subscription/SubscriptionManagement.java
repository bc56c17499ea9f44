package cn.gov.dehong.cloud.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Opens, changes, suspends and ends service instances; every transition is checked, recorded and audited. */
public interface SubscriptionManagement {

    /** Art. 9(四): the vendor opens test resources, one instance per line, status TESTING. */
    List<Long> openForTest(Long applicationId, Long unitId, String unitName, PlatformZone zone, List<ServiceLine> lines,
                           LocalDate testStart, LocalDate testEnd);

    /** Art. 9(五): at the end of the test the test environment becomes production; billing starts that day. */
    void goLive(Long applicationId, LocalDate billingStart);

    /** Art. 9(五): the unit confirms the go-live. */
    void confirmGoLive(Long applicationId);

    /** Art. 9(六): an approved change; the instance is CHANGING until the vendor applies it. */
    void startChange(Long instanceId, LocalDate on, String reason);

    /** Art. 9(六): the vendor applied the change; the new spec and fee count from {@code effectiveOn}. */
    void completeChange(Long instanceId, SpecValues spec, int quantity, BigDecimal monthlyFeeEstimate, LocalDate effectiveOn);

    /** Art. 9(七): the service ends on {@code endDate} (its last day of use). */
    void terminate(Long instanceId, LocalDate endDate, String reason);

    ServiceInstanceView instance(Long instanceId);

    List<ServiceInstanceView> forApplication(Long applicationId);

    Page<ServiceInstanceView> search(DataScope scope, ServiceInstanceQuery query, Pageable pageable);

    List<StatusChange> history(Long instanceId);
}
