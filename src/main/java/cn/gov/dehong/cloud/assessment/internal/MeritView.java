package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

record MeritView(Long id, LocalDate awardedOn, Merit.Kind kind, String title, String description, BigDecimal points,
                 String evidenceName, long evidenceSize, String createdBy, Instant createdAt) {
}
