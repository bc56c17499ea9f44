package cn.gov.dehong.cloud.application.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UsagePlanRepository extends JpaRepository<UsagePlan, Long> {

    List<UsagePlan> findByCampaignIdOrderByIdDesc(Long campaignId);
}
