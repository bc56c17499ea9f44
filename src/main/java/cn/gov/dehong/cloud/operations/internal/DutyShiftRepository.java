package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DutyShiftRepository extends JpaRepository<DutyShift, Long> {

    List<DutyShift> findByStartsAtLessThanEqualAndEndsAtGreaterThanOrderByStartsAtAsc(Instant now, Instant sameNow);

    Page<DutyShift> findByEndsAtGreaterThan(Instant after, Pageable pageable);

    Page<DutyShift> findAllBy(Pageable pageable);
}
