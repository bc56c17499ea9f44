package cn.gov.dehong.cloud.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    @Query("select u.id from Unit u where u.path like concat(:path, '%')")
    List<Long> findSubtreeIds(String path);

    List<Unit> findAllByOrderByPathAsc();
}
