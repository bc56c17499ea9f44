package cn.gov.dehong.cloud.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.organization.DemoUsers;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo supervision data: the monthly efficiency pre-aggregates of the last three months (what the nightly job would
 * have computed from the operations demo utilisation) and a published supervision bulletin of the previous month,
 * drafted from the report by the DEC. Supervision reads everything else (systems, tickets, trainings, projects) from
 * the other modules' demo data, so it runs after them, once, when no bulletin exists, only when
 * {@code dehong.demo.enabled} and {@code dehong.demo.applications} are true (the tests turn the latter off).
 */
@Component
@Order(47)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class SupervisionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupervisionDemoData.class);

    private final EfficiencyStore efficiency;
    private final SupervisionBulletinService bulletins;
    private final SupervisionBulletinRepository bulletinRepository;
    private final OrganizationDirectory organization;
    private final DemoUsers users;
    private final Clock clock;

    SupervisionDemoData(EfficiencyStore efficiency, SupervisionBulletinService bulletins,
                        SupervisionBulletinRepository bulletinRepository, OrganizationDirectory organization,
                        DemoUsers users, Clock clock) {
        this.efficiency = efficiency;
        this.bulletins = bulletins;
        this.bulletinRepository = bulletinRepository;
        this.organization = organization;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bulletinRepository.count() > 0) {
            return;
        }
        try {
            YearMonth current = YearMonth.from(LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)));
            for (int back = 3; back >= 1; back--) {
                efficiency.refresh(current.minusMonths(back));
            }
            String month = current.minusMonths(1).toString();
            var draft = users.as("dec.reviewer", () -> bulletins.draft(organization.currentActor(),
                    new SupervisionBulletinService.DraftInput(month, month), Locale.SIMPLIFIED_CHINESE));
            users.as("dec.reviewer", () -> bulletins.publish(organization.currentActor(), draft.id()));
            log.info("Demo supervision data created");
        } catch (RuntimeException e) {
            log.warn("Demo supervision data not created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
