package cn.gov.dehong.cloud.notification.internal;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    Page<Notice> findByRecipientInOrderByIdDesc(Collection<String> recipients, Pageable pageable);

    @Query("select count(n) from Notice n where n.recipient in :recipients and not exists "
            + "(select 1 from NoticeReceipt r where r.noticeId = n.id and r.username = :username)")
    long countUnread(Collection<String> recipients, String username);
}
