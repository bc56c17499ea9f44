package cn.gov.dehong.cloud.supervision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    Page<Recommendation> findAllByOrderBySentAtDescIdDesc(Pageable pageable);

    Page<Recommendation> findByUnitIdInOrderBySentAtDescIdDesc(Collection<Long> unitIds, Pageable pageable);

    boolean existsByInstanceIdAndStatus(Long instanceId, Recommendation.Status status);

    List<Recommendation.OpenView> findByStatusOrderById(Recommendation.Status status);

    long countByUnitIdAndStatus(Long unitId, Recommendation.Status status);
}

interface RankingWeightsRepository extends JpaRepository<RankingWeights, Long> {

    Optional<RankingWeights> findFirstByOrderByVersionNoDesc();

    List<RankingWeights> findAllByOrderByVersionNoDesc();
}

interface SupervisionBulletinRepository extends JpaRepository<SupervisionBulletin, Long> {

    Page<SupervisionBulletin> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    Page<SupervisionBulletin> findByStatusOrderByPublishedAtDescIdDesc(SupervisionBulletin.Status status,
                                                                      Pageable pageable);
}
