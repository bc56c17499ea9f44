package cn.gov.dehong.cloud.operations.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily at 01:30 ({@code dehong.operations.utilisation-cron}): yesterday's utilisation aggregates, one instance of
 * the platform at a time. Off while {@code dehong.operations.prometheus-url} is empty.
 */
@Component
class UtilisationJob {

    private final UtilisationService utilisation;
    private final MonitoringSettings settings;

    UtilisationJob(UtilisationService utilisation, MonitoringSettings settings) {
        this.utilisation = utilisation;
        this.settings = settings;
    }

    @Scheduled(cron = "${dehong.operations.utilisation-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "operationsUtilisation", lockAtMostFor = "PT30M")
    void run() {
        if (settings.utilisationEnabled()) {
            utilisation.collect(utilisation.yesterday());
        }
    }
}
