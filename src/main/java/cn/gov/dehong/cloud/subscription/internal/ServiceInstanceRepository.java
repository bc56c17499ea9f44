package cn.gov.dehong.cloud.subscription.internal;

import java.util.Collection;
import java.util.List;

import cn.gov.dehong.cloud.subscription.ServiceInstanceSummary;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceInstanceRepository extends JpaRepository<ServiceInstance, Long>, JpaSpecificationExecutor<ServiceInstance> {

    List<ServiceInstance> findByApplicationIdOrderByIdAsc(Long applicationId);

    @Query("select new cn.gov.dehong.cloud.subscription.ServiceInstanceSummary(i.id, i.code, i.unitId, i.unitName,"
            + " i.productName, i.status, i.monthlyFeeEstimate) from ServiceInstance i where i.id in :ids")
    List<ServiceInstanceSummary> summaries(@Param("ids") Collection<Long> ids);
}

