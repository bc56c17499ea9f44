package cn.gov.dehong.cloud.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A standalone project as other modules see it. {@code decidedAt} is null until the government decides. */
public record ProjectSummary(Long id, String code, Long unitId, String unitName, String title, BigDecimal budget,
                             LocalDate plannedGoLive, ProjectStatus status, Instant submittedAt, Instant decidedAt) {
}
