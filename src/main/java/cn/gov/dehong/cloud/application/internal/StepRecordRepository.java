package cn.gov.dehong.cloud.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface StepRecordRepository extends JpaRepository<StepRecord, Long>, JpaSpecificationExecutor<StepRecord> {

    Optional<StepRecord> findByTaskId(String taskId);

    List<StepRecord> findBySubjectKeyOrderByIdAsc(String subjectKey);

    Optional<StepRecord> findFirstBySubjectKeyAndStepKeyAndCompletedAtIsNull(String subjectKey, String stepKey);

    @Query("select s from StepRecord s where s.completedAt is null and s.remindedAt is null and s.dueDate <= :day")
    List<StepRecord> findOpenDueOnOrBefore(java.time.LocalDate day);

    @Query("select count(s) from StepRecord s where s.completedAt is null and s.dueAt < :now")
    long countOverdue(Instant now);
}
