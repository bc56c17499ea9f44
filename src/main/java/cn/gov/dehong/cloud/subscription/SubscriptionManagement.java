package cn.gov.dehong.cloud.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * Runs every {@link GoLiveCheck} on the TESTING instances of an application as if they went live on
     * {@code billingStart}, changing nothing; throws the first veto. Lets a caller refuse early (e.g. at the vendor's
     * kick-off) what {@link #goLive} would refuse at the end of the test.
     */
    void checkGoLive(Long applicationId, LocalDate billingStart);

    /** Art. 9(五): the unit confirms the go-live. */
    void confirmGoLive(Long applicationId);

    /** Art. 9(六): an approved change; the instance is CHANGING until the vendor applies it. */
    void startChange(Long instanceId, LocalDate on, String reason);

    /** Art. 9(六): the vendor applied the change; the new spec and fee count from {@code effectiveOn}. */
    void completeChange(Long instanceId, SpecValues spec, int quantity, BigDecimal monthlyFeeEstimate, LocalDate effectiveOn);

    /** Art. 9(七): the service ends on {@code endDate} (its last day of use). */
    void terminate(Long instanceId, LocalDate endDate, String reason);

    /**
     * Art. 25: a high-risk security finding suspends the instance from {@code on} (ACTIVE or CHANGING to SUSPENDED);
     * its resources are kept. Recorded in the status history and audited.
     */
    void suspend(Long instanceId, LocalDate on, String reason);

    /** Art. 25: the rectification was accepted on re-inspection; the instance runs again (SUSPENDED to ACTIVE). */
    void restore(Long instanceId, LocalDate on, String reason);

    ServiceInstanceView instance(Long instanceId);

    /** Bulk read of the summary columns by ids (unknown ids are left out), any number of ids, no entity loaded. */
    List<ServiceInstanceSummary> summaries(Collection<Long> instanceIds);

    List<ServiceInstanceView> forApplication(Long applicationId);


    Page<ServiceInstanceView> search(DataScope scope, ServiceInstanceQuery query, Pageable pageable);

    List<StatusChange> history(Long instanceId);

    /**
     * Bulk read for billing: the instances in production on some day of [{@code from}, {@code to}] (a billing start on
     * or before {@code to}, no end or an end on or after {@code from}), each with its spec revisions and status
     * steps, ordered by id, after {@code afterId}, at most {@code limit}. {@code unitIds} null means every unit.
     * Page through with the last id returned (keyset), so that memory stays bounded however many instances exist.
     */
    List<ServiceHistory> productionHistories(LocalDate from, LocalDate to, Collection<Long> unitIds, long afterId,
                                             int limit);

    /**
     * What billing needs to know about an instance: when it was billable, which spec it had from which day
     * ({@code specs} by effective date, oldest first) and which status from which day ({@code statuses} in the order
     * recorded; TESTING, ACTIVE, CHANGING, SUSPENDED, TERMINATED).
     */
    record ServiceHistory(Long id, String code, Long unitId, String unitName, Long productId, String productName,
                          LocalDate billingStart, LocalDate endDate, ServiceInstanceStatus status,
                          List<SpecPeriod> specs, List<StatusStep> statuses) {
    }

    /** The spec and quantity in force from {@code effectiveFrom} until the next revision. */
    record SpecPeriod(LocalDate effectiveFrom, SpecValues spec, int quantity) {
    }

    /** The instance entered {@code status} on {@code effectiveOn}. */
    record StatusStep(ServiceInstanceStatus status, LocalDate effectiveOn) {
    }
}
