package cn.gov.dehong.cloud.billing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    Optional<BudgetLine> findByUnitIdAndBudgetYear(Long unitId, int budgetYear);

    Page<BudgetLine> findByBudgetYear(int budgetYear, Pageable pageable);

    Page<BudgetLine> findByBudgetYearAndUnitIdIn(int budgetYear, Collection<Long> unitIds, Pageable pageable);

    List<BudgetLine> findByBudgetYearAndUnitIdIn(int budgetYear, Collection<Long> unitIds);
}
