package cn.gov.dehong.cloud.notification;

import java.time.Instant;
import java.util.List;

public record NoticeView(Long id, String recipient, String messageKey, List<String> arguments, String link,
                         Instant createdAt, boolean read) {
}
