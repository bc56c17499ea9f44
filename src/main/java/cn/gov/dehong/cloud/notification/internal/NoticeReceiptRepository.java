package cn.gov.dehong.cloud.notification.internal;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeReceiptRepository extends JpaRepository<NoticeReceipt, NoticeReceipt.Key> {

    @Query("select r.noticeId from NoticeReceipt r where r.username = :username and r.noticeId in :noticeIds")
    Set<Long> findReadAmong(String username, Collection<Long> noticeIds);
}
