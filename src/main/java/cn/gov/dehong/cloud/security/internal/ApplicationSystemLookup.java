package cn.gov.dehong.cloud.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.dehong.cloud.security.ApplicationSystems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ApplicationSystems} on the inventory's repository. */
@Service
@Transactional(readOnly = true)
class ApplicationSystemLookup implements ApplicationSystems {

    private final ApplicationSystemRepository systems;

    ApplicationSystemLookup(ApplicationSystemRepository systems) {
        this.systems = systems;
    }

    @Override
    public Optional<SystemRef> find(Long systemId) {
        return systemId == null ? Optional.empty() : systems.findById(systemId).map(ApplicationSystemLookup::ref);
    }

    @Override
    public List<SystemRef> ofUnits(Collection<Long> unitIds) {
        if (unitIds == null || unitIds.isEmpty()) {
            return List.of();
        }
        return systems.findByUnitIdInOrderByUnitNameAscNameAsc(unitIds).stream().map(ApplicationSystemLookup::ref)
                .toList();
    }

    private static SystemRef ref(ApplicationSystem system) {
        return new SystemRef(system.getId(), system.getUnitId(), system.getUnitName(), system.getName());
    }
}
