package cn.gov.dehong.cloud.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Training coverage for supervision (Art. 33, 30): over the sessions that start in a period, which audience units had
 * at least one attendee, and how many people attended per unit. No data scope here: the caller applies its own.
 */
public interface TrainingCoverage {

    /** Sessions starting from {@code from} to {@code to} inclusive (Asia/Shanghai dates). */
    CoverageReport coverage(LocalDate from, LocalDate to);

    /**
     * {@code ratio} = coveredUnits / audienceUnits (4 decimals), null when no session of the period had an audience
     * (an empty period, not zero coverage). {@code units}: every audience unit, by county then name.
     */
    record CoverageReport(LocalDate from, LocalDate to, int sessions, int audienceUnits, int coveredUnits,
                          BigDecimal ratio, List<UnitCoverage> units) {
    }

    /**
     * One unit of the audience: sessions it was invited to, sessions with at least one of its people present,
     * registered participants and distinct attendees (a person attending two sessions counts once).
     */
    record UnitCoverage(Long unitId, String unitName, Long countyId, int sessionsOffered, int sessionsAttended,
                        int registered, int attendees) {

        public boolean covered() {
            return attendees > 0;
        }
    }
}
