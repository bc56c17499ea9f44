package cn.gov.dehong.cloud.organization.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordHistoryRepository extends JpaRepository<PasswordHistory, Long> {

    List<PasswordHistory> findTop5ByUserIdOrderByIdDesc(Long userId);
}
