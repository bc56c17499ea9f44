package cn.gov.dehong.cloud.project.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import cn.gov.dehong.cloud.project.ProjectStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<StandaloneProject, Long> {

    Page<StandaloneProject> findByUnitIdIn(Collection<Long> unitIds, Pageable pageable);

    Page<StandaloneProject> findByStatus(ProjectStatus status, Pageable pageable);

    Page<StandaloneProject> findByUnitIdInAndStatus(Collection<Long> unitIds, ProjectStatus status, Pageable pageable);

    List<StandaloneProject> findByUnitIdInOrderByIdDesc(Collection<Long> unitIds);

    List<StandaloneProject> findByStatusOrderByDecidedAtDesc(ProjectStatus status);

    long countByUnitIdAndStatus(Long unitId, ProjectStatus status);

    @Query("select p.unitId, count(p) from StandaloneProject p where p.status = cn.gov.dehong.cloud.project.ProjectStatus.APPROVED "
            + "and p.decidedAt < :before group by p.unitId")
    List<Object[]> approvedCountByUnit(Instant before);

    @Query("select p.unitId, count(p) from StandaloneProject p where p.status = cn.gov.dehong.cloud.project.ProjectStatus.APPROVED "
            + "group by p.unitId")
    List<Object[]> approvedCountByUnit();
}

interface ProjectDocumentRepository extends JpaRepository<ProjectDocument, Long> {

    List<ProjectDocument> findByProjectIdOrderByIdAsc(Long projectId);
}

interface ProjectOpinionRepository extends JpaRepository<ProjectOpinion, Long> {

    List<ProjectOpinion> findByProjectIdOrderByIdAsc(Long projectId);

    boolean existsByProjectIdAndParty(Long projectId, ProjectOpinion.Party party);
}
