package cn.gov.dehong.cloud.assessment.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.dehong.cloud.operations.Satisfaction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RuleVersionRepository extends JpaRepository<RuleVersion, Long> {

    Optional<RuleVersion> findFirstByOrderByVersionNoDesc();

    List<RuleVersion> findAllByOrderByVersionNoDesc();
}

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    boolean existsByPeriodLabel(String periodLabel);

    Page<Assessment> findByStatus(Assessment.Status status, Pageable pageable);

    List<Assessment> findByStatusAndPeriodLabelStartingWithOrderByPeriodLabelAsc(Assessment.Status status, String prefix);
}

interface MeritRepository extends JpaRepository<Merit, Long> {

    List<Merit> findByAwardedOnGreaterThanEqualAndAwardedOnLessThanOrderByAwardedOnAscIdAsc(LocalDate from, LocalDate to);

    Page<Merit> findAllByOrderByAwardedOnDescIdDesc(Pageable pageable);
}

interface SurveyRepository extends JpaRepository<Survey, Long> {

    boolean existsByCoveredPeriod(String coveredPeriod);

    List<Survey> findAllByOrderByIdDesc();

    List<Survey> findByStatusOrderByIdDesc(Survey.Status status);

    List<Survey> findByCoveredPeriodIn(Collection<String> periods);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Survey s where s.id = :id")
    Optional<Survey> lockById(Long id);
}

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    boolean existsBySurveyIdAndUnitId(Long surveyId, Long unitId);

    Optional<SurveyAnswer> findBySurveyIdAndUnitId(Long surveyId, Long unitId);

    List<SurveyAnswer> findBySurveyIdOrderByIdAsc(Long surveyId);

    long countBySurveyIdInAndSatisfaction(Collection<Long> surveyIds, Satisfaction satisfaction);
}

interface MeritEvidenceRepository extends JpaRepository<MeritEvidence, Long> {
}
