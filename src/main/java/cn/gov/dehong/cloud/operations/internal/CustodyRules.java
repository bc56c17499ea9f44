package cn.gov.dehong.cloud.operations.internal;

import java.time.LocalDate;

/**
 * Art. 20: a custody agreement is VALID, EXPIRING (its last day is within the warning period, 30 days by default,
 * counted from today inclusive), EXPIRED (its last day has passed) or NOT_STARTED.
 */
final class CustodyRules {

    enum AgreementState { NOT_STARTED, VALID, EXPIRING, EXPIRED }

    private CustodyRules() {
    }

    static AgreementState state(LocalDate startsOn, LocalDate endsOn, LocalDate today, int warningDays) {
        if (endsOn.isBefore(today)) {
            return AgreementState.EXPIRED;
        }
        if (startsOn.isAfter(today)) {
            return AgreementState.NOT_STARTED;
        }
        return endsOn.isBefore(today.plusDays(warningDays)) ? AgreementState.EXPIRING : AgreementState.VALID;
    }

    /** The agreement covers the day the service enters production. */
    static boolean covers(LocalDate startsOn, LocalDate endsOn, LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
