package cn.gov.dehong.cloud.application.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    boolean existsByBudgetYear(int budgetYear);

    List<Campaign> findAllByOrderByBudgetYearDesc();
}
