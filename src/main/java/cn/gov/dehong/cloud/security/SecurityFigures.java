package cn.gov.dehong.cloud.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Read-only figures for supervision (Art. 30): the application-system inventory (on the cloud or not, with the
 * planned migration or end-of-life date of Art. 5, 6) and the inspection findings (Art. 25). {@code unitIds} null
 * means every unit; the caller has already applied its data scope.
 */
public interface SecurityFigures {

    record SystemSummary(Long id, Long unitId, String unitName, String name, boolean onCloud,
                         LocalDate plannedMigrationOn, LocalDate endOfLifeOn, Instant createdAt) {
    }

    /**
     * A finding and where it stands; {@code overdue} on {@code today}: still open after its rectification
     * deadline; {@code suspendedInstances}: how many instances the (high-risk) finding suspended.
     */
    record FindingSummary(Long id, Long unitId, Long systemId, String risk, boolean open, LocalDate rectificationDue,
                          boolean overdue, int suspendedInstances, Instant recordedAt, Instant closedAt) {
    }

    List<SystemSummary> systems(Collection<Long> unitIds);

    /** Findings recorded up to {@code until} (exclusive) that were still open at {@code from} or recorded since. */
    List<FindingSummary> findings(Collection<Long> unitIds, Instant from, Instant until, LocalDate today);
}
