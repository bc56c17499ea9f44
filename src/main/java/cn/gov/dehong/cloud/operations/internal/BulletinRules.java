package cn.gov.dehong.cloud.operations.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Art. 26: a security bulletin every month. A month is missing when it is over (the current month is not yet due)
 * and has no bulletin; the DEC sees the missing months of the current year, never months before tracking started.
 * The body is kept as plain text: markup is removed on the way in and the page shows text only.
 */
final class BulletinRules {

    static final int MAX_BODY = 20_000;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");

    private BulletinRules() {
    }

    static List<YearMonth> missingMonths(Collection<YearMonth> published, int trackingStartYear, LocalDate today) {
        List<YearMonth> missing = new ArrayList<>();
        YearMonth first = YearMonth.of(today.getYear(), 1);
        if (today.getYear() < trackingStartYear) {
            return missing;
        }
        for (YearMonth month = first; month.isBefore(YearMonth.from(today)); month = month.plusMonths(1)) {
            if (!published.contains(month)) {
                missing.add(month);
            }
        }
        return missing;
    }

    /** Plain text: scripts and styles dropped with their content, other tags removed, line breaks kept. */
    static String plainText(String body) {
        if (body == null) {
            return "";
        }
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        text = SCRIPT.matcher(text).replaceAll("");
        text = TAG.matcher(text).replaceAll("");
        text = CONTROL.matcher(text).replaceAll("");
        return text.strip();
    }
}
