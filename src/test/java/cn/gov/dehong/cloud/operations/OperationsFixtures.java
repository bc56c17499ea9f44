package cn.gov.dehong.cloud.operations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UserView;
import cn.gov.dehong.cloud.subscription.ServiceLine;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;

/** Service instances opened straight through subscription's API (the lifecycle itself is tested elsewhere). */
public class OperationsFixtures {

    /** Far above the ids the lifecycle tests create, so that instance codes stay unique in the shared database. */
    private static final AtomicLong APPLICATION_IDS = new AtomicLong(980_000);

    private final SubscriptionManagement subscriptions;
    private final CatalogManagement catalog;
    private final OrganizationDirectory organization;

    public OperationsFixtures(SubscriptionManagement subscriptions, CatalogManagement catalog, OrganizationDirectory organization) {
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.organization = organization;
    }

    long nextApplicationId() {
        return APPLICATION_IDS.incrementAndGet();
    }

    UserView user(String username) {
        return organization.user(username).orElseThrow();
    }

    ProductView product(String code) {
        return catalog.products().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    /** An instance of the user's unit in TESTING; returns its id. */
    long testing(String username, long applicationId, String productCode, LocalDate testStart) {
        UserView user = user(username);
        ProductView product = product(productCode);
        return subscriptions.openForTest(applicationId, user.unitId(), user.unitName(), PlatformZone.PRIVATE,
                List.of(new ServiceLine(product.id(), product.name(),
                        new SpecValues(Map.of(SpecParameter.VCPU, 4, SpecParameter.MEMORY_GB, 8)), 1,
                        new BigDecimal("100.00"))),
                testStart, testStart.plusDays(9)).get(0);
    }

    /** A running cloud host of the user's unit. */
    public long active(String username, LocalDate testStart) {
        long applicationId = nextApplicationId();
        long id = testing(username, applicationId, "ECS", testStart);
        subscriptions.goLive(applicationId, testStart.plusDays(10));
        return id;
    }

    /** A service of the user's unit in production from {@code billingStart} (test of ten days before it). */
    public long running(String username, String productCode, PlatformZone zone, LocalDate billingStart) {
        UserView user = user(username);
        ProductView product = product(productCode);
        long applicationId = nextApplicationId();
        long id = subscriptions.openForTest(applicationId, user.unitId(), user.unitName(), zone,
                List.of(new ServiceLine(product.id(), product.name(), new SpecValues(Map.of()), 1,
                        new BigDecimal("100.00"))),
                billingStart.minusDays(10), billingStart.minusDays(1)).get(0);
        subscriptions.goLive(applicationId, billingStart);
        return id;
    }
}
