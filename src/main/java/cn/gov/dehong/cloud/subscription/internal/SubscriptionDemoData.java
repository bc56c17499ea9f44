package cn.gov.dehong.cloud.subscription.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.DemoUsers;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UserView;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo services in production for some months, so that billing, the supervision charts and the idle/over-provisioned
 * candidates have something to show: the school's portal (a cloud host pair and a database, live since the 18th of
 * the fifth month before today's) and a county unit's student-records host (live since the 18th of the third month
 * before). The application workflow only moves forward from today (a test cannot start in the past), so these are
 * opened, put into production and confirmed straight through this module's API with past dates, as the tests'
 * {@code OperationsFixtures} do; their application numbers ({@value #FIRST_APPLICATION} and up) belong to no
 * application record. Runs after the demo applications, before the modules that read instances (security,
 * operations, billing), once (skipped when the first number already has instances), only when
 * {@code dehong.demo.enabled} and {@code dehong.demo.applications} are true (the tests turn the latter off).
 */
@Component
@Order(35)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class SubscriptionDemoData implements ApplicationRunner {

    static final long FIRST_APPLICATION = 900_001L;
    /** Dehong's day (the calendar module's zone; subscription does not depend on calendar). */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(SubscriptionDemoData.class);

    private final SubscriptionManagement subscriptions;
    private final CatalogManagement catalog;
    private final OrganizationDirectory organization;
    private final DemoUsers users;
    private final Clock clock;

    SubscriptionDemoData(SubscriptionManagement subscriptions, CatalogManagement catalog,
                         OrganizationDirectory organization, DemoUsers users, Clock clock) {
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.organization = organization;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!subscriptions.forApplication(FIRST_APPLICATION).isEmpty()) {
            return;
        }
        try {
            YearMonth current = YearMonth.from(LocalDate.now(clock.withZone(ZONE)));
            live(FIRST_APPLICATION, "school.applicant", "school.leader", PlatformZone.PUBLIC,
                    current.minusMonths(5).atDay(8), line("ECS", 4, 8, 100, 2), line("RDS", 8, 32, 500, 1));
            live(FIRST_APPLICATION + 1, "mangshi.edu.applicant", "mangshi.edu.leader", PlatformZone.PRIVATE,
                    current.minusMonths(3).atDay(8), line("ECS", 4, 16, 200, 1));
            log.info("Demo services in production created");
        } catch (RuntimeException e) {
            log.warn("Demo services in production not created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The vendor opens the test (10 days), production and billing start the day after, the unit's leader confirms. */
    private void live(long applicationId, String applicant, String leader, PlatformZone zone, LocalDate testStart,
                      ServiceLine... lines) {
        UserView unit = organization.user(applicant).orElseThrow();
        LocalDate billingStart = testStart.plusDays(10);
        users.as("vendor", () -> subscriptions.openForTest(applicationId, unit.unitId(), unit.unitName(), zone,
                List.of(lines), testStart, billingStart.minusDays(1)));
        subscriptions.goLive(applicationId, billingStart);
        users.as(leader, () -> {
            subscriptions.confirmGoLive(applicationId);
            return null;
        });
    }

    private ServiceLine line(String productCode, int vcpu, int memoryGb, int diskGb, int quantity) {
        ProductView product = catalog.products().stream().filter(p -> p.code().equals(productCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no product " + productCode));
        SpecValues spec = new SpecValues(Map.of(SpecParameter.VCPU, vcpu, SpecParameter.MEMORY_GB, memoryGb,
                SpecParameter.DISK_GB, diskGb));
        return new ServiceLine(product.id(), product.name(), spec, quantity,
                catalog.monthlyFee(product.id(), spec, quantity, LocalDate.now(clock.withZone(ZONE))));
    }
}
