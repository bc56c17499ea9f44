package cn.gov.dehong.cloud.security.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessGrantRepository extends JpaRepository<AccessGrant, Long> {

    List<AccessGrant> findAllByOrderByRequestedAtDescIdDesc();

    List<AccessGrant> findByUnitIdOrderByRequestedAtDescIdDesc(Long unitId);

    List<AccessGrant> findByOperatorOrderByRequestedAtDescIdDesc(String operator);

    List<AccessGrant> findByOperatorAndInstanceIdAndStatus(String operator, Long instanceId,
                                                           AccessRules.GrantStatus status);

    List<AccessGrant> findByOperatorAndStatusOrderByInstanceCodeAsc(String operator, AccessRules.GrantStatus status);
}

interface AccessSessionRepository extends JpaRepository<AccessSession, Long> {

    List<AccessSession> findAllByOrderByStartedAtDescIdDesc();

    List<AccessSession> findByUnitIdOrderByStartedAtDescIdDesc(Long unitId);

    List<AccessSession> findByOperatorOrderByStartedAtDescIdDesc(String operator);
}
