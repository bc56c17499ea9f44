package cn.gov.dehong.cloud.billing.internal;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** A billing period is a calendar month written 'YYYY-MM', in URLs, forms, tables and exports alike. */
final class PeriodText {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private PeriodText() {
    }

    /** 400 business error unless the text is a month between 2000-01 and 2099-12. */
    static YearMonth parse(String text) {
        if (text == null || !FORMAT.matcher(text.trim()).matches()) {
            throw BusinessRuleException.invalid("billing.error.periodMalformed", String.valueOf(text));
        }
        try {
            YearMonth month = YearMonth.parse(text.trim(), MONTH);
            if (month.getYear() < 2000 || month.getYear() > 2099) {
                throw BusinessRuleException.invalid("billing.error.periodMalformed", text);
            }
            return month;
        } catch (DateTimeException e) {
            throw BusinessRuleException.invalid("billing.error.periodMalformed", text);
        }
    }

    static String format(YearMonth month) {
        return month.format(MONTH);
    }
}
