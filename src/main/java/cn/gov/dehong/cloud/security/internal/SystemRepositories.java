package cn.gov.dehong.cloud.security.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationSystemRepository extends JpaRepository<ApplicationSystem, Long> {

    List<ApplicationSystem> findAllByOrderByUnitNameAscNameAsc();

    List<ApplicationSystem> findByUnitIdInOrderByUnitNameAscNameAsc(Collection<Long> unitIds);

    boolean existsByUnitIdAndName(Long unitId, String name);

    boolean existsByUnitIdAndNameAndIdNot(Long unitId, String name, Long id);
}

interface SystemDeclarationRepository extends JpaRepository<SystemDeclaration, Long> {

    boolean existsBySystemIdAndDeclaredFor(Long systemId, int declaredFor);

    List<SystemDeclaration> findBySystemIdOrderByDeclaredForDesc(Long systemId);

    List<SystemDeclaration> findBySystemIdInAndDeclaredFor(Collection<Long> systemIds, int declaredFor);
}
