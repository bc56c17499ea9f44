package cn.gov.dehong.cloud.training.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    List<TrainingSession> findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(Instant from, Instant to);

    Page<TrainingSession> findAllByOrderByStartsAtDesc(Pageable pageable);
}

interface TrainingMaterialRepository extends JpaRepository<TrainingMaterial, Long> {

    List<TrainingMaterial> findBySessionIdOrderByIdAsc(Long sessionId);
}

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findBySessionIdOrderByUnitNameAscIdAsc(Long sessionId);

    List<Participant> findBySessionIdAndUnitIdInOrderByIdAsc(Long sessionId, Collection<Long> unitIds);

    List<Participant> findBySessionIdIn(Collection<Long> sessionIds);

    boolean existsBySessionIdAndUnitIdAndPersonKey(Long sessionId, Long unitId, String personKey);
}
