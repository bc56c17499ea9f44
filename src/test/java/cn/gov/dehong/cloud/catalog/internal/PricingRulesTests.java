package cn.gov.dehong.cloud.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import cn.gov.dehong.cloud.catalog.ProductView;
import cn.gov.dehong.cloud.catalog.SpecParameter;
import cn.gov.dehong.cloud.catalog.SpecValues;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PricingRulesTests {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private static final ProductView ECS = new ProductView(1L, "ECS", "弹性云主机", "COMPUTE", "台",
            List.of(SpecParameter.VCPU, SpecParameter.MEMORY_GB, SpecParameter.DISK_GB), true);
    private static final ProductView EVS = new ProductView(5L, "EVS", "弹性块存储", "STORAGE", "块",
            List.of(SpecParameter.DISK_GB), true);
    private static final ProductView BMS = new ProductView(3L, "BMS", "专用物理机", "COMPUTE", "台", List.of(), true);
    private static final ProductView DC = new ProductView(12L, "DC", "云专线接入", "NETWORK", "条",
            List.of(SpecParameter.BANDWIDTH_MBPS), true);
    private static final ProductView RETIRED = new ProductView(99L, "OLD", "停用产品", "COMPUTE", "台", List.of(), false);

    /** The 2021 prices of the seed migration. */
    private static final Map<PriceComponent, BigDecimal> ECS_2021 = prices("0.00", "45.00", "18.00", "0.35", null);

    private final PricingRules rules = new PricingRules();

    @Nested
    class MonthlyFee {

        @Test
        void sumsBaseAndParametersTimesQuantity() {
            // 2 × (0 + 4 × 45.00 + 8 × 18.00 + 100 × 0.35) = 2 × 359.00
            assertThat(fee(ECS, ECS_2021, Map.of(SpecParameter.VCPU, 4, SpecParameter.MEMORY_GB, 8,
                    SpecParameter.DISK_GB, 100), 2)).isEqualByComparingTo("718.00");
        }

        @Test
        void databaseWithBasePrice() {
            // 300.00 + 8 × 60.00 + 16 × 25.00 + 500 × 0.60
            Map<PriceComponent, BigDecimal> rds = prices("300.00", "60.00", "25.00", "0.60", null);
            ProductView product = new ProductView(14L, "RDS", "关系型数据库", "DATABASE", "套", ECS.parameters(), true);
            assertThat(fee(product, rds, Map.of(SpecParameter.VCPU, 8, SpecParameter.MEMORY_GB, 16,
                    SpecParameter.DISK_GB, 500), 1)).isEqualByComparingTo("1480.00");
        }

        @Test
        void bandwidthParameter() {
            // 300.00 + 50 × 20.00
            assertThat(fee(DC, prices("300.00", null, null, null, "20.00"),
                    Map.of(SpecParameter.BANDWIDTH_MBPS, 50), 1)).isEqualByComparingTo("1300.00");
        }

        @Test
        void productWithoutParametersCostsBaseTimesQuantity() {
            assertThat(fee(BMS, prices("2800.00", null, null, null, null), Map.of(), 3))
                    .isEqualByComparingTo("8400.00");
        }

        @Test
        void missingParameterCountsAsZero() {
            // 2 × 45.00
            assertThat(fee(ECS, ECS_2021, Map.of(SpecParameter.VCPU, 2), 1)).isEqualByComparingTo("90.00");
        }

        @Test
        void parametersTheProductDoesNotTakeAreIgnored() {
            // 500 × 0.40; the 8 vCPU do not count for a disk
            assertThat(fee(EVS, prices("0.00", null, null, "0.40", null),
                    Map.of(SpecParameter.VCPU, 8, SpecParameter.DISK_GB, 500), 1)).isEqualByComparingTo("200.00");
        }

        @Test
        void roundsOnceOnTheLine() {
            // 3 × 0.0125 = 0.0375 → 0.04; rounding each unit first would give 3 × 0.01 = 0.03
            BigDecimal fee = fee(EVS, prices("0.00", null, null, "0.0125", null), Map.of(SpecParameter.DISK_GB, 1), 3);
            assertThat(fee).isEqualTo(new BigDecimal("0.04"));
        }

        @Test
        void roundsHalfUpToTheFen() {
            // 0.005 → 0.01 (half-even would give 0.00)
            assertThat(fee(EVS, prices("0.00", null, null, "0.0050", null), Map.of(SpecParameter.DISK_GB, 1), 1))
                    .isEqualTo(new BigDecimal("0.01"));
            // 0.0049 → 0.00
            assertThat(fee(EVS, prices("0.00", null, null, "0.0049", null), Map.of(SpecParameter.DISK_GB, 1), 1))
                    .isEqualTo(new BigDecimal("0.00"));
        }

        @Test
        void quantityBelowOneIsInvalid() {
            assertBroken(() -> fee(ECS, ECS_2021, Map.of(), 0), "catalog.error.quantity");
        }

        @Test
        void negativeSpecValueIsInvalid() {
            assertBroken(() -> fee(ECS, ECS_2021, Map.of(SpecParameter.VCPU, -1), 1), "catalog.error.negativeSpec");
        }

        @Test
        void missingComponentPriceMeansNoPrice() {
            Map<PriceComponent, BigDecimal> withoutDisk = new EnumMap<>(ECS_2021);
            withoutDisk.remove(PriceComponent.DISK_GB);
            assertBroken(() -> fee(ECS, withoutDisk, Map.of(), 1), "catalog.error.noPrice");
            assertBroken(() -> fee(BMS, Map.of(), Map.of(), 1), "catalog.error.noPrice");
        }

        private BigDecimal fee(ProductView product, Map<PriceComponent, BigDecimal> unitPrices,
                               Map<SpecParameter, Integer> spec, int quantity) {
            return rules.monthlyFee(product, unitPrices, new SpecValues(spec), quantity, DAY);
        }
    }

    @Nested
    class VersionPeriods {

        private final PriceListVersionView v2021 = version(1L, "2021年中标价格", "2021-04-15", "2025-12-31");
        private final PriceListVersionView v2026 = version(2L, "2026年中标价格", "2026-01-01", null);

        @Test
        void newVersionReplacesTheOpenEndedOne() {
            assertThat(rules.admit(List.of(v2021, v2026), date("2027-01-01"), null)).contains(v2026);
        }

        @Test
        void theReplacedVersionEndsTheDayBefore() {
            PriceListVersion open = new PriceListVersion("2026年中标价格", date("2026-01-01"), null, "X",
                    Instant.EPOCH, "system", List.of());
            open.closeBefore(date("2027-01-01"));
            assertThat(open.toView().effectiveTo()).isEqualTo(date("2026-12-31"));
        }

        @Test
        void aVersionMayFollowTheDayAfterThePreviousStart() {
            assertThat(rules.admit(List.of(v2021, v2026), date("2026-01-02"), null)).contains(v2026);
        }

        @Test
        void startingOnOrBeforeAnExistingStartOverlaps() {
            assertBroken(() -> rules.admit(List.of(v2021, v2026), date("2026-01-01"), null), "catalog.error.overlap");
            assertBroken(() -> rules.admit(List.of(v2021, v2026), date("2025-06-01"), date("2025-12-31")),
                    "catalog.error.overlap");
        }

        @Test
        void startingInsideAClosedVersionOverlaps() {
            assertBroken(() -> rules.admit(List.of(v2021), date("2025-07-01"), null), "catalog.error.overlapClosed");
            assertBroken(() -> rules.admit(List.of(v2021), date("2025-12-31"), null), "catalog.error.overlapClosed");
        }

        @Test
        void aGapAfterAClosedVersionIsAllowed() {
            assertThat(rules.admit(List.of(v2021), date("2026-03-01"), null)).isEmpty();
        }

        @Test
        void theFirstVersionNeedsNoPredecessor() {
            assertThat(rules.admit(List.of(), date("2021-04-15"), date("2025-12-31"))).isEmpty();
        }

        @Test
        void endBeforeStartIsInvalid() {
            assertBroken(() -> rules.admit(List.of(), date("2027-01-01"), date("2026-12-31")),
                    "catalog.error.periodReversed");
        }

        @Test
        void aOneDayVersionIsValid() {
            assertThat(rules.admit(List.of(v2021), date("2027-01-01"), date("2027-01-01"))).isEmpty();
        }

        @Test
        void startIsRequired() {
            assertBroken(() -> rules.admit(List.of(), null, null), "catalog.error.effectiveFromRequired");
        }

        @Test
        void coversItsDaysInclusive() {
            assertThat(v2021.covers(date("2021-04-15"))).isTrue();
            assertThat(v2021.covers(date("2025-12-31"))).isTrue();
            assertThat(v2021.covers(date("2026-01-01"))).isFalse();
            assertThat(v2026.covers(date("2099-12-31"))).isTrue();
        }

        private PriceListVersionView version(Long id, String label, String from, String to) {
            return new PriceListVersionView(id, label, date(from), to == null ? null : date(to), "REF",
                    Instant.EPOCH, "system");
        }
    }

    @Nested
    class NewVersionPrices {

        private final List<ProductView> catalog = List.of(ECS, BMS, RETIRED);

        @Test
        void completePricesAreAccepted() {
            Map<Long, Map<PriceComponent, BigDecimal>> checked = rules.checkPrices(catalog, complete());
            assertThat(checked.get(ECS.id())).containsEntry(PriceComponent.VCPU, new BigDecimal("43.00")).hasSize(4);
            assertThat(checked.get(BMS.id())).containsOnlyKeys(PriceComponent.BASE);
            assertThat(checked).doesNotContainKey(RETIRED.id());
        }

        @Test
        void anInactiveProductMayBePriced() {
            List<ProductPrice> prices = complete();
            prices.add(price(RETIRED, PriceComponent.BASE, "1.00"));
            assertThat(rules.checkPrices(catalog, prices)).containsKey(RETIRED.id());
        }

        @Test
        void everyComponentOfAnActiveProductNeedsAPrice() {
            List<ProductPrice> prices = complete();
            prices.removeIf(price -> price.component() == PriceComponent.MEMORY_GB);
            assertBroken(() -> rules.checkPrices(catalog, prices), "catalog.error.missingPrice");
        }

        @Test
        void aPriceMayNotBeNegative() {
            List<ProductPrice> prices = complete();
            prices.set(0, price(ECS, PriceComponent.BASE, "-0.01"));
            assertBroken(() -> rules.checkPrices(catalog, prices), "catalog.error.negativePrice");
        }

        @Test
        void aPriceHasAtMostFourDecimalsAndTenIntegerDigits() {
            List<ProductPrice> prices = complete();
            prices.set(0, price(ECS, PriceComponent.BASE, "0.00001"));
            assertBroken(() -> rules.checkPrices(catalog, prices), "catalog.error.malformedPrice");
            prices.set(0, price(ECS, PriceComponent.BASE, "12345678901"));
            assertBroken(() -> rules.checkPrices(catalog, prices), "catalog.error.malformedPrice");
            prices.set(0, price(ECS, PriceComponent.BASE, "9999999999.99990000"));
            assertThat(rules.checkPrices(catalog, prices)).containsKey(ECS.id());
        }

        @Test
        void aPriceIsNeededForEachListedComponent() {
            List<ProductPrice> prices = complete();
            prices.set(0, new ProductPrice(ECS.id(), PriceComponent.BASE, null));
            assertBroken(() -> rules.checkPrices(catalog, prices), "catalog.error.missingPrice");
        }

        @Test
        void unknownProductsAndForeignComponentsAreRejected() {
            List<ProductPrice> unknown = complete();
            unknown.add(new ProductPrice(404L, PriceComponent.BASE, BigDecimal.ONE));
            assertBroken(() -> rules.checkPrices(catalog, unknown), "catalog.error.unknownProduct");

            List<ProductPrice> foreign = complete();
            foreign.add(price(BMS, PriceComponent.VCPU, "1.00"));
            assertBroken(() -> rules.checkPrices(catalog, foreign), "catalog.error.componentNotApplicable");
        }

        @Test
        void aComponentIsPricedOnce() {
            List<ProductPrice> prices = complete();
            prices.add(price(BMS, PriceComponent.BASE, "2600.00"));
            assertBroken(() -> rules.checkPrices(catalog, prices), "catalog.error.duplicatePrice");
        }

        private List<ProductPrice> complete() {
            return new ArrayList<>(List.of(
                    price(ECS, PriceComponent.BASE, "0.00"),
                    price(ECS, PriceComponent.VCPU, "43.00"),
                    price(ECS, PriceComponent.MEMORY_GB, "17.00"),
                    price(ECS, PriceComponent.DISK_GB, "0.33"),
                    price(BMS, PriceComponent.BASE, "2660.00")));
        }

        private ProductPrice price(ProductView product, PriceComponent component, String unitPrice) {
            return new ProductPrice(product.id(), component, new BigDecimal(unitPrice));
        }
    }

    @Test
    void productsArePricedByBaseThenTheirParameters() {
        assertThat(PriceComponent.componentsOf(ECS.parameters())).containsExactly(PriceComponent.BASE,
                PriceComponent.VCPU, PriceComponent.MEMORY_GB, PriceComponent.DISK_GB);
        assertThat(PriceComponent.componentsOf(List.of())).containsExactly(PriceComponent.BASE);
    }

    private static Map<PriceComponent, BigDecimal> prices(String base, String vcpu, String memory, String disk,
                                                          String bandwidth) {
        Map<PriceComponent, BigDecimal> prices = new EnumMap<>(PriceComponent.class);
        put(prices, PriceComponent.BASE, base);
        put(prices, PriceComponent.VCPU, vcpu);
        put(prices, PriceComponent.MEMORY_GB, memory);
        put(prices, PriceComponent.DISK_GB, disk);
        put(prices, PriceComponent.BANDWIDTH_MBPS, bandwidth);
        return prices;
    }

    private static void put(Map<PriceComponent, BigDecimal> prices, PriceComponent component, String value) {
        if (value != null) {
            prices.put(component, new BigDecimal(value));
        }
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value);
    }

    private static void assertBroken(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).getMessageKey()).isEqualTo(messageKey);
    }
}
