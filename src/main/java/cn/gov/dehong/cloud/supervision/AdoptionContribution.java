package cn.gov.dehong.cloud.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Extension point of the adoption ratio (上云比例, Art. 30): application systems that are not in the security
 * inventory but count, e.g. the standalone projects of Art. 6 (approved, built off the cloud, so counted in the
 * denominator only: {@code new Count(n, 0)}). Every Spring bean implementing it is added per unit.
 */
public interface AdoptionContribution {

    record Count(long systems, long onCloud) {
    }

    /** Per unit id, the systems to add as of {@code asOf}; {@code unitIds} null means every unit. */
    Map<Long, Count> counts(Collection<Long> unitIds, LocalDate asOf);
}
