package cn.gov.dehong.cloud.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** A quarter ("2026Q1") or a year ("2026"), from its first day to the day after its last, in China time. */
record AssessmentPeriod(String label, Kind kind, LocalDate startsOn, LocalDate endsBefore) {

    enum Kind { QUARTER, YEAR }

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:Q([1-4]))?");

    static AssessmentPeriod parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim().toUpperCase());
        if (!m.matches()) {
            throw BusinessRuleException.invalid("assessment.error.period", text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2021 || year > 2100) {
            throw BusinessRuleException.invalid("assessment.error.period", text);
        }
        if (m.group(2) == null) {
            LocalDate start = LocalDate.of(year, 1, 1);
            return new AssessmentPeriod(String.valueOf(year), Kind.YEAR, start, start.plusYears(1));
        }
        int quarter = Integer.parseInt(m.group(2));
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new AssessmentPeriod(year + "Q" + quarter, Kind.QUARTER, start, start.plusMonths(3));
    }

    Instant from() {
        return startsOn.atStartOfDay(ZONE).toInstant();
    }

    Instant to() {
        return endsBefore.atStartOfDay(ZONE).toInstant();
    }

    /** True when {@code other} lies within this period (a quarter in its year, or the same period). */
    boolean covers(AssessmentPeriod other) {
        return !other.startsOn.isBefore(startsOn) && !other.endsBefore.isAfter(endsBefore);
    }
}
