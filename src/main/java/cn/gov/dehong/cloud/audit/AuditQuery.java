package cn.gov.dehong.cloud.audit;

import java.time.LocalDate;

/** Filters of the audit log page; null means "any". Dates are Asia/Shanghai calendar days. */
public record AuditQuery(String actor, String action, String objectType, String objectId, LocalDate from, LocalDate to) {
}
