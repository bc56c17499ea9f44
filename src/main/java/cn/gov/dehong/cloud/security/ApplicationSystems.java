package cn.gov.dehong.cloud.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read-only lookup of the units' application systems (业务应用系统) for other modules: which unit a system belongs to
 * and its name, e.g. for operations' tickets on a system (Art. 16). Nothing else of the inventory leaves security.
 */
public interface ApplicationSystems {

    /** The system with this id; empty when there is none. */
    Optional<SystemRef> find(Long systemId);

    /** The systems of these units, by unit and name (for pick lists). */
    List<SystemRef> ofUnits(Collection<Long> unitIds);

    record SystemRef(Long id, Long unitId, String unitName, String name) {
    }
}
