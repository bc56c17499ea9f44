package cn.gov.dehong.cloud.notification.internal.web;

import java.time.LocalDateTime;

/** A notice as the inbox shows it: its text already in the reader's language, its time in Dehong. */
record NoticeRow(Long id, String text, String link, LocalDateTime createdAt, boolean read) {
}
