package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ChangeDeltaRepository extends JpaRepository<ChangeDelta, Long>, JpaSpecificationExecutor<ChangeDelta> {

    boolean existsByInstanceIdAndEffectiveOn(Long instanceId, LocalDate effectiveOn);

    @Query("select coalesce(sum(d.restOfYearAmount), 0) from ChangeDelta d where d.budgetYear = :year"
            + " and d.direction = :direction and d.unitId in :unitIds")
    BigDecimal total(int year, ChangeDeltaRules.Direction direction, Collection<Long> unitIds);

    @Query("select coalesce(sum(d.restOfYearAmount), 0) from ChangeDelta d where d.budgetYear = :year"
            + " and d.direction = :direction")
    BigDecimal total(int year, ChangeDeltaRules.Direction direction);

    /** Null filters mean any; {@code unitIds} null means every unit. */
    default Page<ChangeDelta> search(Integer year, Collection<Long> unitIds, String direction, Pageable pageable) {
        Specification<ChangeDelta> filter = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (year != null) {
                predicates.add(cb.equal(root.get("budgetYear"), year));
            }
            if (unitIds != null) {
                predicates.add(root.get("unitId").in(unitIds));
            }
            if (direction != null) {
                predicates.add(cb.equal(root.get("direction"), ChangeDeltaRules.Direction.valueOf(direction)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return findAll(filter, pageable);
    }
}
