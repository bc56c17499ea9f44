package cn.gov.dehong.cloud.billing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JointBearingRuleRepository extends JpaRepository<JointBearingRule, Long> {

    List<JointBearingRule> findAllByOrderByIdDesc();

    List<JointBearingRule> findByUnitId(Long unitId);

    List<JointBearingRule> findByInstanceId(Long instanceId);
}
