package cn.gov.dehong.cloud.calendar.internal;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar.YearStatus;

public record YearStatusView(int year, YearStatus status) {
}
