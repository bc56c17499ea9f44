package cn.gov.dehong.cloud.operations.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily at 01:20 Asia/Shanghai ({@code dehong.operations.auto-close-cron}), on one node of the cluster (ShedLock):
 * closes, unrated, the resolved tickets the unit has neither confirmed nor reopened within
 * {@code dehong.operations.auto-close-working-days} working days. Each ticket in its own transaction; a unit that
 * confirms or reopens at the same moment wins (optimistic lock) and the ticket is left alone. Returns nothing: a
 * method ShedLock guards cannot return a primitive.
 */
@Component
class TicketAutoCloseJob {

    private static final Logger log = LoggerFactory.getLogger(TicketAutoCloseJob.class);

    private final TicketService tickets;

    TicketAutoCloseJob(TicketService tickets) {
        this.tickets = tickets;
    }

    @Scheduled(cron = "${dehong.operations.auto-close-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "operationsTicketAutoClose", lockAtMostFor = "PT30M")
    void run() {
        int closed = 0;
        for (Long id : tickets.autoCloseDue()) {
            try {
                if (tickets.autoClose(id)) {
                    closed++;
                }
            } catch (ObjectOptimisticLockingFailureException raced) {
                log.info("ticket {} changed while being auto-closed; left as the unit made it", id);
            }
        }
        if (closed > 0) {
            log.info("auto-closed {} resolved tickets not confirmed in time", closed);
        }
    }
}
