package cn.gov.dehong.cloud.subscription.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ServiceInstanceRepository extends JpaRepository<ServiceInstance, Long>, JpaSpecificationExecutor<ServiceInstance> {

    List<ServiceInstance> findByApplicationIdOrderByIdAsc(Long applicationId);
}

