package cn.gov.dehong.cloud.application.internal;

import java.util.List;

import cn.gov.dehong.cloud.application.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ApplicationRepository extends JpaRepository<Application, Long>, JpaSpecificationExecutor<Application> {

    List<Application> findByCampaignIdAndStatusAndUsagePlanIdIsNullOrderByIdAsc(Long campaignId, ApplicationStatus status);

    List<Application> findByUsagePlanIdOrderByPriorityAsc(Long usagePlanId);

    long countByCampaignId(Long campaignId);
}
