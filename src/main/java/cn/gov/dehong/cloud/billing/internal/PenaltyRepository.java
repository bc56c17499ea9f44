package cn.gov.dehong.cloud.billing.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PenaltyRepository extends JpaRepository<Penalty, Long> {

    List<Penalty> findByPeriodOrderByIdAsc(String period);

    Page<Penalty> findByPeriod(String period, Pageable pageable);
}
