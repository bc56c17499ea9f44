package cn.gov.dehong.cloud.application;

import java.util.EnumSet;
import java.util.Set;

/** Where a change request (Art. 9(六)) or a termination request (Art. 9(七)) stands. */
public enum RequestStatus {
    /** 5 working days of review (DEC, and finance for a change). */
    REVIEW,
    REJECTED,
    /** Approved; the vendor applies the change or closes the service, hands over and purges the data. */
    VENDOR,
    COMPLETED;

    public Set<RequestStatus> next() {
        return switch (this) {
            case REVIEW -> EnumSet.of(VENDOR, REJECTED);
            case VENDOR -> EnumSet.of(COMPLETED);
            case REJECTED, COMPLETED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }
}
