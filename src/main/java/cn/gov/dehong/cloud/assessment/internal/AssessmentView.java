package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

record AssessmentView(Long id, String period, AssessmentPeriod.Kind periodKind, LocalDate startsOn, LocalDate endsOn,
                      String status, int ruleVersion, BigDecimal totalScore, String grade, ScoreBreakdown breakdown,
                      Instant computedAt, String createdBy, Instant createdAt, String signedOffBy, Instant signedOffAt,
                      String signOffNote, Long penaltyId, String penaltyKind, BigDecimal penaltyAmount, long version) {

    public boolean signedOff() {
        return "SIGNED_OFF".equals(status);
    }
}
