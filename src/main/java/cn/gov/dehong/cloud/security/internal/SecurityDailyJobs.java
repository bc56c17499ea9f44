package cn.gov.dehong.cloud.security.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily security reminders ({@code dehong.security.daily-cron}, 08:30 Asia/Shanghai, one node at a time under
 * ShedLock): overdue password changes (Art. 24); rectifications due within one working day and those past their
 * deadline (Art. 25).
 */
@Component
class SecurityDailyJobs {

    private static final Logger log = LoggerFactory.getLogger(SecurityDailyJobs.class);

    private final PasswordRotationService passwords;
    private final InspectionService inspections;

    SecurityDailyJobs(PasswordRotationService passwords, InspectionService inspections) {
        this.passwords = passwords;
        this.inspections = inspections;
    }

    @Scheduled(cron = "${dehong.security.daily-cron:0 30 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "securityDailyReminders", lockAtMostFor = "PT30M")
    void run() {
        int passwordsOverdue = passwords.noticeOverdue();
        int[] rectifications = inspections.remindRectifications();
        if (passwordsOverdue + rectifications[0] + rectifications[1] > 0) {
            log.info("Security reminders: {} password changes newly overdue, {} rectifications due within a working "
                    + "day, {} newly overdue", passwordsOverdue, rectifications[0], rectifications[1]);
        }
    }
}
