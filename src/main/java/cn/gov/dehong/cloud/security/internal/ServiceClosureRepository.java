package cn.gov.dehong.cloud.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceClosureRepository extends JpaRepository<ServiceClosure, Long> {

    boolean existsByTerminationRequestId(Long terminationRequestId);

    Optional<ServiceClosure> findByInstanceId(Long instanceId);

    List<ServiceClosure> findAllByOrderByCertifiedAtDescIdDesc();

    List<ServiceClosure> findByUnitIdOrderByCertifiedAtDescIdDesc(Long unitId);
}
