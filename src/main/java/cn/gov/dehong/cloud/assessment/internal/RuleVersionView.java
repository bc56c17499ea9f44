package cn.gov.dehong.cloud.assessment.internal;

import java.time.Instant;

record RuleVersionView(Long id, int versionNo, RuleSet rules, String note, String createdBy, Instant createdAt) {
}
