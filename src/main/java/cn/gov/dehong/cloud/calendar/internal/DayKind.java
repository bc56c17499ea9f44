package cn.gov.dehong.cloud.calendar.internal;

import java.util.Locale;

import cn.gov.dehong.cloud.shared.BusinessRuleException;

/** What a listed day is: a day off inside an official holiday period, or a weekend day worked in exchange (调休). */
public enum DayKind {

    HOLIDAY, WORKDAY;

    /** Accepts either case, because the shipped CSV files and the State Council data sets write the kinds in lower case. */
    public static DayKind parse(String text) {
        if (text != null) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below with the rejected value
            }
        }
        throw BusinessRuleException.invalid("calendar.error.kind", String.valueOf(text));
    }
}
