package cn.gov.dehong.cloud.supervision.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.gov.dehong.cloud.project.StandaloneProjects;
import cn.gov.dehong.cloud.supervision.AdoptionContribution;
import org.springframework.stereotype.Component;

/**
 * Art. 6 and 30: a standalone project approved by the government is an application system of its unit built off the
 * platform, so it counts in the adoption ratio's denominator (systems) and never in its numerator (on the cloud).
 */
@Component
class StandaloneProjectAdoption implements AdoptionContribution {

    private final StandaloneProjects projects;

    StandaloneProjectAdoption(StandaloneProjects projects) {
        this.projects = projects;
    }

    @Override
    public Map<Long, Count> counts(Collection<Long> unitIds, LocalDate asOf) {
        Map<Long, Count> counts = new HashMap<>();
        projects.approvedCountByUnit(asOf).forEach((unitId, approved) -> {
            if (unitIds == null || unitIds.contains(unitId)) {
                counts.put(unitId, new Count(approved, 0));
            }
        });
        return counts;
    }
}
