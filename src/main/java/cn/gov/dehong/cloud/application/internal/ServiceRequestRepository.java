package cn.gov.dehong.cloud.application.internal;

import java.util.Collection;

import cn.gov.dehong.cloud.application.RequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long>, JpaSpecificationExecutor<ServiceRequest> {

    boolean existsByInstanceIdAndStatusIn(Long instanceId, Collection<RequestStatus> statuses);
}
