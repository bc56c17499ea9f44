package cn.gov.dehong.cloud.notification.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.notification.NoticeView;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaNotices implements Notices {

    private final NoticeRepository notices;
    private final NoticeReceiptRepository receipts;

    JpaNotices(NoticeRepository notices, NoticeReceiptRepository receipts) {
        this.notices = notices;
        this.receipts = receipts;
    }

    @Override
    public void send(String recipient, String messageKey, List<String> arguments, String link) {
        notices.save(new Notice(recipient, messageKey, String.join(Notice.SEPARATOR, arguments), link));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<NoticeView> inbox(Actor actor, Pageable pageable) {
        Page<Notice> page = notices.findByRecipientInOrderByIdDesc(actor.groups(), pageable);
        Set<Long> read = page.isEmpty() ? Set.of()
                : receipts.findReadAmong(actor.username(), page.map(Notice::getId).getContent());
        return page.map(n -> new NoticeView(n.getId(), n.getRecipient(), n.getMessageKey(),
                n.getArguments() == null || n.getArguments().isEmpty() ? List.of()
                        : Arrays.asList(n.getArguments().split(Notice.SEPARATOR, -1)),
                n.getLink(), n.getCreatedAt(), read.contains(n.getId())));
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return notices.countUnread(actor.groups(), actor.username());
    }

    @Override
    public void markRead(Actor actor, Long noticeId) {
        Notice notice = notices.findById(noticeId)
                .filter(n -> actor.groups().contains(n.getRecipient()))
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (!receipts.existsById(new NoticeReceipt.Key(notice.getId(), actor.username()))) {
            receipts.save(new NoticeReceipt(notice.getId(), actor.username()));
        }
    }
}
