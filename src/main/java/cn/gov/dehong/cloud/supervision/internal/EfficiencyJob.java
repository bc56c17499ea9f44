package cn.gov.dehong.cloud.supervision.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily at 03:30 ({@code dehong.supervision.efficiency-cron}), after operations collected yesterday's utilisation:
 * the monthly efficiency pre-aggregate of the previous month (the first days of a month complete it), one instance
 * of the platform at a time.
 */
@Component
class EfficiencyJob {

    private final EfficiencyStore store;
    private final java.time.Clock clock;

    EfficiencyJob(EfficiencyStore store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${dehong.supervision.efficiency-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervisionEfficiency", lockAtMostFor = "PT30M")
    void run() {
        store.refresh(YearMonth.from(LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE)).minusMonths(1));
    }
}
