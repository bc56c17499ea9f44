package cn.gov.dehong.cloud.operations.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every 10 minutes ({@code dehong.operations.overdue-cron}): tells the DEC once about each newly late ticket. */
@Component
class TicketOverdueJob {

    private final TicketService tickets;

    TicketOverdueJob(TicketService tickets) {
        this.tickets = tickets;
    }

    @Scheduled(cron = "${dehong.operations.overdue-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "operationsTicketOverdue", lockAtMostFor = "PT5M")
    void run() {
        tickets.noticeOverdue();
    }
}
