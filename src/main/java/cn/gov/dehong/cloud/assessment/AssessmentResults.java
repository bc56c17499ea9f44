package cn.gov.dehong.cloud.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The signed-off results of the vendor assessment, for supervision and fund performance (Art. 28, 31). */
public interface AssessmentResults {

    /** Signed-off assessments of a year: the yearly one and the quarters, by period. */
    List<AssessmentResult> signedOffOfYear(int year);

    record AssessmentResult(Long id, String period, BigDecimal totalScore, String grade, Instant signedOffAt) {
    }
}
