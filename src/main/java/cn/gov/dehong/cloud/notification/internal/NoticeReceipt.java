package cn.gov.dehong.cloud.notification.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** That a person has read a notice (read receipts). */
@Entity
@IdClass(NoticeReceipt.Key.class)
@Table(name = "ntf_receipt")
class NoticeReceipt {

    record Key(Long noticeId, String username) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private Long noticeId;

    @Id
    private String username;

    @Column(nullable = false)
    private Instant readAt;

    protected NoticeReceipt() {
    }

    NoticeReceipt(Long noticeId, String username) {
        this.noticeId = noticeId;
        this.username = username;
        this.readAt = Instant.now();
    }
}
