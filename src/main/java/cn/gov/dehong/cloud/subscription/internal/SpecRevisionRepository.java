package cn.gov.dehong.cloud.subscription.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpecRevisionRepository extends JpaRepository<SpecRevision, Long> {
}
