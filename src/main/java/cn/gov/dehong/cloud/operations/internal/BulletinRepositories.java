package cn.gov.dehong.cloud.operations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BulletinRepository extends JpaRepository<Bulletin, Long> {

    Optional<Bulletin> findByMonth(String month);

    @Query("select b.month from Bulletin b where b.month like :yearPrefix")
    List<String> findMonths(String yearPrefix);

    Page<Bulletin> findAllBy(Pageable pageable);
}

interface BulletinReadRepository extends JpaRepository<BulletinRead, BulletinRead.Key> {

    List<BulletinRead> findByKeyBulletinIdOrderByReadAtAsc(Long bulletinId);

    long countByKeyBulletinId(Long bulletinId);
}
