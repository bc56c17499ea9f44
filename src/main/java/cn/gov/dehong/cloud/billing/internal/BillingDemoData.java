package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.gov.dehong.cloud.organization.DemoUsers;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo billing: every month that is over since the first demo service went into production (at most a year back)
 * is billed with the call the monthly job makes ({@link BillingRuns#run} with {@link RunTrigger#SCHEDULED}); the
 * months before the previous one have been confirmed by the vendor and closed by finance (so their statements carry
 * the integrity seal), the previous month is still open for the vendor's review. Runs after the demo services, before
 * supervision (which reads the charge lines), once (skipped when any billing period exists), only when
 * {@code dehong.demo.enabled} and {@code dehong.demo.applications} are true (the tests turn the latter off).
 */
@Component
@Order(44)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class BillingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BillingDemoData.class);
    private static final int MONTHS_BACK = 12;

    private final BillingRuns runs;
    private final ReviewService reviews;
    private final BillingPeriodRepository periods;
    private final PeriodLocks locks;
    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final BudgetService budgets;
    private final DemoUsers users;

    BillingDemoData(BillingRuns runs, ReviewService reviews, BillingPeriodRepository periods, PeriodLocks locks,
                    SubscriptionManagement subscriptions, OrganizationDirectory organization, BudgetService budgets,
                    DemoUsers users) {
        this.runs = runs;
        this.reviews = reviews;
        this.periods = periods;
        this.locks = locks;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.budgets = budgets;
        this.users = users;
    }

    private void budget(int year, String member, String amount, String note) {
        Long unitId = organization.user(member).orElseThrow().unitId();
        users.as("finance", () -> budgets.set(organization.currentActor(), unitId, year, new BigDecimal(amount), note));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (periods.count() > 0) {
            return;
        }
        try {
            YearMonth previous = locks.currentMonth().minusMonths(1);
            YearMonth first = firstBilledMonth(previous.minusMonths(MONTHS_BACK - 1L), previous);
            if (first == null) {
                return;
            }
            for (YearMonth month = first; !month.isAfter(previous); month = month.plusMonths(1)) {
                String period = PeriodText.format(month);
                runs.run(null, period, RunTrigger.SCHEDULED);
                if (month.isBefore(previous)) {
                    users.as("vendor", () -> reviews.confirmOpen(organization.currentActor(), period));
                    users.as("finance", () -> runs.close(organization.currentActor(), period));
                }
            }
            // the year's budgets finance set for the two units in production: the school's with room left, the
            // county unit's below what its host commits to December (the budget warning)
            int year = locks.currentMonth().getYear();
            budget(year, "school.applicant", "30000.00", "年初预算：智慧校园云主机与数据库");
            budget(year, "mangshi.edu.applicant", "1500.00", "年中追加前的预算");
            log.info("Demo billing periods {}..{} run, budgets of {} set", first, previous, year);
        } catch (RuntimeException e) {
            log.warn("Demo billing periods not run: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The earliest month of [{@code from}, {@code to}] with a service in production, or null. */
    private YearMonth firstBilledMonth(YearMonth from, YearMonth to) {
        LocalDate earliest = null;
        long afterId = 0;
        while (true) {
            var page = subscriptions.productionHistories(from.atDay(1), to.atEndOfMonth(), null, afterId, 500);
            if (page.isEmpty()) {
                break;
            }
            for (ServiceHistory service : page) {
                if (earliest == null || service.billingStart().isBefore(earliest)) {
                    earliest = service.billingStart();
                }
            }
            afterId = page.get(page.size() - 1).id();
        }
        if (earliest == null) {
            return null;
        }
        YearMonth month = YearMonth.from(earliest);
        return month.isBefore(from) ? from : month;
    }
}
