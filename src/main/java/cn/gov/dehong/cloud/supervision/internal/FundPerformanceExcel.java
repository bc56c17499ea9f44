package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.assessment.AssessmentResults.AssessmentResult;
import cn.gov.dehong.cloud.shared.Excel;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;

/** The fund-performance table as one Excel sheet, for the finance bureau's budget preparation (Art. 28). */
final class FundPerformanceExcel {

    static final List<String> HEADERS = List.of("supervision.fund.year", "supervision.fund.unitCode", "supervision.unit",
            "supervision.county", "supervision.fund.budget", "supervision.fund.actual",
            "supervision.fund.utilisationPercent", "supervision.fund.idleFee", "supervision.idleCount",
            "supervision.overCount", "supervision.fund.assessmentScore", "supervision.fund.assessmentGrade");

    private FundPerformanceExcel() {
    }

    static ResponseEntity<byte[]> response(FundPerformance fund, MessageSource messages, Locale locale) {
        AssessmentResult yearly = fund.yearAssessment();
        List<List<Object>> rows = new ArrayList<>();
        for (FundPerformance.Row r : fund.rows()) {
            rows.add(Arrays.asList(fund.year(), r.unitCode(), r.unitName(), r.countyName() == null
                            ? messages.getMessage("supervision.prefectureLevel", null, locale) : r.countyName(),
                    r.budget(), r.actual(), percent(r.utilisation()), r.idleFee(), r.idle(), r.overProvisioned(),
                    yearly == null ? null : yearly.totalScore(), yearly == null ? null : yearly.grade()));
        }
        FundPerformance.Row t = fund.total();
        rows.add(Arrays.asList(fund.year(), null, messages.getMessage("supervision.fund.total", null, locale), null,
                t.budget(), t.actual(), percent(t.utilisation()), t.idleFee(), t.idle(), t.overProvisioned(),
                yearly == null ? null : yearly.totalScore(), yearly == null ? null : yearly.grade()));
        List<String> headers = HEADERS.stream().map(h -> messages.getMessage(h, null, locale)).toList();
        return new Excel(messages.getMessage("supervision.fund.title", null, locale), headers, rows)
                .toResponse("fund-performance-" + fund.year());
    }

    /** The utilisation as a percentage number (2 decimals), so that Excel can sum and sort it. */
    private static BigDecimal percent(BigDecimal ratio) {
        return ratio == null ? null : ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
