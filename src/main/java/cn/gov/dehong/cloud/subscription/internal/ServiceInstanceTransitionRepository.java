package cn.gov.dehong.cloud.subscription.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceInstanceTransitionRepository extends JpaRepository<ServiceInstanceTransition, Long> {

    List<ServiceInstanceTransition> findByInstanceIdOrderByIdAsc(Long instanceId);
}

