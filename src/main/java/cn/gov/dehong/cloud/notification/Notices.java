package cn.gov.dehong.cloud.notification;

import java.util.List;

import cn.gov.dehong.cloud.organization.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Sends and lists in-app notices. A notice is stored as a message key with arguments and shown in the reader's
 * language. Recipients are addresses as in {@link Actor#groups()}.
 */
public interface Notices {

    void send(String recipient, String messageKey, List<String> arguments, String link);

    Page<NoticeView> inbox(Actor actor, Pageable pageable);

    long unread(Actor actor);

    void markRead(Actor actor, Long noticeId);
}
