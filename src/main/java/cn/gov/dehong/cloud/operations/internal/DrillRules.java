package cn.gov.dehong.cloud.operations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Art. 26: an emergency drill every year. A calendar year is flagged when it is over and no EMERGENCY drill was
 * held in it (held = its window started in that year and the vendor attached the report). Years before tracking
 * started are never flagged; the current year is only "due" until it ends.
 */
final class DrillRules {

    private DrillRules() {
    }

    static List<Integer> yearsWithoutEmergencyDrill(Collection<Integer> yearsHeld, int trackingStartYear,
                                                    LocalDate today) {
        List<Integer> missing = new ArrayList<>();
        for (int year = trackingStartYear; year < today.getYear(); year++) {
            if (!yearsHeld.contains(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** This year's emergency drill has not been held yet (a reminder, not yet a breach). */
    static boolean dueThisYear(Collection<Integer> yearsHeld, LocalDate today) {
        return !yearsHeld.contains(today.getYear());
    }
}
