package cn.gov.dehong.cloud.application.internal.workflow;

import java.time.Clock;
import java.util.Date;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Used by the BPMN definitions as {@code flowable:dueDate="${deadlines.workingDays(5)}"}: the number of working days
 * of each step stands in the process definition, next to the step, as the regulation states it.
 */
@Component("deadlines")
public class Deadlines {

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    Deadlines(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public Date workingDays(int days) {
        return Date.from(calendar.deadline(clock.instant(), days).dueAt());
    }
}
