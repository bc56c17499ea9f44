package cn.gov.dehong.cloud.calendar.internal.web;

import cn.gov.dehong.cloud.calendar.internal.DayEntry;

/** Raw fields of the add/change form; checked when converted, so a bad value is reported with its own message. */
record CalendarDayForm(String date, String kind, String name) {

    static CalendarDayForm of(DayEntry entry) {
        return new CalendarDayForm(entry.date().toString(), entry.kind().name(), entry.name());
    }

    DayEntry toEntry() {
        return DayEntry.of(date, kind, name);
    }
}
