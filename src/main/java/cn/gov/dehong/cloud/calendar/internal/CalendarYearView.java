package cn.gov.dehong.cloud.calendar.internal;

import java.time.Instant;
import java.util.List;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar.YearStatus;

/** A year as the administration page and the API show it; {@code source} and {@code loadedAt} are null when MISSING. */
public record CalendarYearView(int year, YearStatus status, String source, Instant loadedAt, int workingDays,
                               List<DayEntry> days) {
}
