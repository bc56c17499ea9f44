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

    /**
     * A system of the inventory; {@code onCloudSince}: the day its on-cloud flag was set (null while it is not on
     * the cloud now). From {@link #systems(Collection, LocalDate)}, {@code onCloud} means on the cloud by that day.
     */
    record SystemSummary(Long id, Long unitId, String unitName, String name, boolean onCloud,
                         LocalDate plannedMigrationOn, LocalDate endOfLifeOn, Instant createdAt,
                         LocalDate onCloudSince) {
    }

    /**
     * A finding and where it stands; {@code overdue} on {@code today}: still open after its rectification
     * deadline; {@code suspendedInstances}: how many instances the (high-risk) finding suspended.
     */
    record FindingSummary(Long id, Long unitId, Long systemId, String risk, boolean open, LocalDate rectificationDue,
                          boolean overdue, int suspendedInstances, Instant recordedAt, Instant closedAt) {
    }

    /** The inventory as it stands now. */
    List<SystemSummary> systems(Collection<Long> unitIds);

    /**
     * The inventory as of the end of {@code asOf} (Asia/Shanghai), for the adoption ratio of a past period (Art. 30):
     * a system counts if it was registered by then, and {@code onCloud} is true if its on-cloud day is on or before
     * {@code asOf}. A system whose on-cloud flag was unset again counts as never on the cloud (the inventory keeps no
     * history of that), and a system deleted from the inventory is gone from past periods too.
     */
    List<SystemSummary> systems(Collection<Long> unitIds, LocalDate asOf);

    /** Findings recorded up to {@code until} (exclusive) that were still open at {@code from} or recorded since. */
    List<FindingSummary> findings(Collection<Long> unitIds, Instant from, Instant until, LocalDate today);
}
