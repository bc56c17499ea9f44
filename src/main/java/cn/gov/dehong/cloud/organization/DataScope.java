package cn.gov.dehong.cloud.organization;

import java.util.Set;

/** The units whose data a caller may see: everything, or a fixed set of unit ids. */
public record DataScope(boolean all, Set<Long> unitIds) {

    public static DataScope everything() {
        return new DataScope(true, Set.of());
    }

    public boolean includes(Long unitId) {
        return all || unitIds.contains(unitId);
    }
}
