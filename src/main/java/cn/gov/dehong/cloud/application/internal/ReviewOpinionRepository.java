package cn.gov.dehong.cloud.application.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewOpinionRepository extends JpaRepository<ReviewOpinion, Long> {

    List<ReviewOpinion> findBySubjectKeyOrderByIdAsc(String subjectKey);
}
