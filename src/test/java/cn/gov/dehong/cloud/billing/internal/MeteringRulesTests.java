package cn.gov.dehong.cloud.billing.internal;

import static cn.gov.dehong.cloud.billing.internal.Fixtures.money;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.prices;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.service;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.spec;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.MonthsOfUse;
import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import org.junit.jupiter.api.Test;

/** Monthly metering (Art. 9(五)–(七), 10) without Spring. Fees: 250.00 per vCPU and month in 2025. */
class MeteringRulesTests {

    private static final PriceTables PRICES_2025 = PriceTables.strict(List.of(
            prices(1, "2021年中标价格", LocalDate.of(2021, 4, 15), LocalDate.of(2025, 12, 31), "250.00"),
            prices(2, "2026年中标价格", LocalDate.of(2026, 1, 1), null, "237.50")));

    private final MeteringRules wholeMonth = new MeteringRules(PartialMonthRule.WHOLE_MONTH, true);
    private final MeteringRules byDays = new MeteringRules(PartialMonthRule.BY_DAYS, true);

    /**
     * Test 2025-03-05..03-14, production from 03-15 with 4 vCPU (1,000.00 a month), changed on 05-10 to 6 vCPU
     * (1,500.00), terminated with 09-20 as the last day: March to September, seven months of use.
     */
    private static final ServiceHistory STARTED_CHANGED_TERMINATED = service(7, 10, LocalDate.of(2025, 3, 5),
            LocalDate.of(2025, 3, 15), LocalDate.of(2025, 9, 20),
            List.of(spec(LocalDate.of(2025, 3, 5), 4), spec(LocalDate.of(2025, 5, 10), 6)),
            List.of(step(ServiceInstanceStatus.TESTING, LocalDate.of(2025, 3, 5)),
                    step(ServiceInstanceStatus.ACTIVE, LocalDate.of(2025, 3, 15)),
                    step(ServiceInstanceStatus.CHANGING, LocalDate.of(2025, 5, 6)),
                    step(ServiceInstanceStatus.ACTIVE, LocalDate.of(2025, 5, 10)),
                    step(ServiceInstanceStatus.TERMINATED, LocalDate.of(2025, 9, 20))));

    @Test
    void aServiceStartedChangedAndTerminatedInItsSeventhMonthIsChargedSevenWholeMonths() {
        List<BigDecimal> monthly = new ArrayList<>();
        BigDecimal months = BigDecimal.ZERO;
        for (int month = 2; month <= 10; month++) {
            List<MeteredSegment> segments = wholeMonth.meter(YearMonth.of(2025, month), STARTED_CHANGED_TERMINATED, PRICES_2025);
            monthly.add(segments.stream().map(MeteredSegment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            for (MeteredSegment segment : segments) {
                months = months.add(BigDecimal.valueOf(segment.billedDays())
                        .divide(BigDecimal.valueOf(segment.daysInMonth()), 10, java.math.RoundingMode.HALF_UP));
            }
        }
        // February: test not started; October: terminated. March and April whole at the old spec.
        assertThat(monthly).containsExactly(money("0"), money("1000.00"), money("1000.00"),
                // May: 9 days (1st–9th) of 31 at 1,000.00 = 290.32, 22 days at 1,500.00 = 1,064.52
                money("1354.84"), money("1500.00"), money("1500.00"), money("1500.00"), money("1500.00"), money("0"));
        assertThat(months).isEqualByComparingTo("7");
        assertThat(MonthsOfUse.count(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 9, 20))).isEqualTo(7);
    }

    @Test
    void aMidMonthChangeSplitsTheMonthAtTheChangeDateInWholeMonthMode() {
        List<MeteredSegment> may = wholeMonth.meter(YearMonth.of(2025, 5), STARTED_CHANGED_TERMINATED, PRICES_2025);
        assertThat(may).hasSize(2);
        assertThat(may.get(0).usedFrom()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(may.get(0).usedTo()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(may.get(0).billedDays()).isEqualTo(9);
        assertThat(may.get(0).monthlyFee()).isEqualByComparingTo("1000.00");
        assertThat(may.get(0).amount()).isEqualByComparingTo("290.32");
        assertThat(may.get(1).usedFrom()).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(may.get(1).billedDays()).isEqualTo(22);
        assertThat(may.get(1).monthlyFee()).isEqualByComparingTo("1500.00");
        assertThat(may.get(1).amount()).isEqualByComparingTo("1064.52");
    }

    @Test
    void theFirstMonthCountsWholeFromTheBillingStartNeverDuringTheTest() {
        List<MeteredSegment> march = wholeMonth.meter(YearMonth.of(2025, 3), STARTED_CHANGED_TERMINATED, PRICES_2025);
        assertThat(march).singleElement().satisfies(segment -> {
            assertThat(segment.usedFrom()).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(segment.usedDays()).isEqualTo(17);
            assertThat(segment.billedDays()).isEqualTo(31);
            assertThat(segment.amount()).isEqualByComparingTo("1000.00");
        });
        ServiceHistory stillTesting = service(8, 10, LocalDate.of(2025, 3, 5), null, null,
                List.of(spec(LocalDate.of(2025, 3, 5), 4)), List.of(step(ServiceInstanceStatus.TESTING, LocalDate.of(2025, 3, 5))));
        assertThat(wholeMonth.meter(YearMonth.of(2025, 3), stillTesting, PRICES_2025)).isEmpty();
    }

    @Test
    void byDaysProratesEachSegmentByItsDaysOfUse() {
        assertThat(byDays.meter(YearMonth.of(2025, 3), STARTED_CHANGED_TERMINATED, PRICES_2025))
                .singleElement().satisfies(segment -> {
                    assertThat(segment.billedDays()).isEqualTo(17);
                    // 1,000.00 × 17 / 31 = 548.387… → 548.39
                    assertThat(segment.amount()).isEqualByComparingTo("548.39");
                });
        assertThat(byDays.meter(YearMonth.of(2025, 5), STARTED_CHANGED_TERMINATED, PRICES_2025))
                .extracting(MeteredSegment::amount).containsExactly(money("290.32"), money("1064.52"));
        // September: 20 of 30 days at 1,500.00 = 1,000.00
        assertThat(byDays.meter(YearMonth.of(2025, 9), STARTED_CHANGED_TERMINATED, PRICES_2025))
                .extracting(MeteredSegment::amount).containsExactly(money("1000.00"));
        assertThat(byDays.meter(YearMonth.of(2025, 6), STARTED_CHANGED_TERMINATED, PRICES_2025))
                .extracting(MeteredSegment::amount).containsExactly(money("1500.00"));
    }

    @Test
    void eachMonthIsPricedAtTheVersionInForceThen() {
        ServiceHistory running = service(9, 10, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 11), null,
                List.of(spec(LocalDate.of(2025, 1, 1), 4)), List.of());
        assertThat(wholeMonth.meter(YearMonth.of(2025, 12), running, PRICES_2025)).singleElement().satisfies(segment -> {
            assertThat(segment.priceList().label()).isEqualTo("2021年中标价格");
            assertThat(segment.amount()).isEqualByComparingTo("1000.00");
        });
        assertThat(wholeMonth.meter(YearMonth.of(2026, 1), running, PRICES_2025)).singleElement().satisfies(segment -> {
            assertThat(segment.priceList().label()).isEqualTo("2026年中标价格");
            assertThat(segment.amount()).isEqualByComparingTo("950.00");
        });
    }

    @Test
    void aVersionStartingMidMonthCutsTheMonthToo() {
        PriceTables midMonth = PriceTables.strict(List.of(
                prices(1, "old", LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 15), "250.00"),
                prices(2, "new", LocalDate.of(2026, 1, 16), null, "200.00")));
        ServiceHistory running = service(9, 10, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 11), null,
                List.of(spec(LocalDate.of(2025, 1, 1), 4)), List.of());
        // 1,000.00 × 15/31 = 483.87 and 800.00 × 16/31 = 412.90
        assertThat(wholeMonth.meter(YearMonth.of(2026, 1), running, midMonth))
                .extracting(MeteredSegment::amount).containsExactly(money("483.87"), money("412.90"));
    }

    @Test
    void suspendedDaysAreChargedUnlessTheSettingSaysOtherwise() {
        ServiceHistory suspended = service(10, 10, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 11), null,
                List.of(spec(LocalDate.of(2025, 1, 1), 4)),
                List.of(step(ServiceInstanceStatus.ACTIVE, LocalDate.of(2025, 1, 11)),
                        step(ServiceInstanceStatus.SUSPENDED, LocalDate.of(2025, 6, 10)),
                        step(ServiceInstanceStatus.ACTIVE, LocalDate.of(2025, 6, 20))));
        assertThat(new MeteringRules(PartialMonthRule.BY_DAYS, true).meter(YearMonth.of(2025, 6), suspended, PRICES_2025))
                .extracting(MeteredSegment::amount).containsExactly(money("1000.00"));
        // 10 suspended days (10th–19th) of 30: 20 days of use = 666.67
        assertThat(new MeteringRules(PartialMonthRule.BY_DAYS, false).meter(YearMonth.of(2025, 6), suspended, PRICES_2025))
                .extracting(MeteredSegment::amount).containsExactly(money("666.67"));
        // whole-month: any day of use counts the whole month
        assertThat(new MeteringRules(PartialMonthRule.WHOLE_MONTH, false).meter(YearMonth.of(2025, 6), suspended, PRICES_2025))
                .extracting(MeteredSegment::amount).containsExactly(money("1000.00"));
        ServiceHistory suspendedAllMonth = service(11, 10, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 11), null,
                List.of(spec(LocalDate.of(2025, 1, 1), 4)),
                List.of(step(ServiceInstanceStatus.SUSPENDED, LocalDate.of(2025, 5, 20))));
        assertThat(new MeteringRules(PartialMonthRule.WHOLE_MONTH, false).meter(YearMonth.of(2025, 6), suspendedAllMonth,
                PRICES_2025)).isEmpty();
    }

    @Test
    void aDayWithoutAPriceStopsTheRun() {
        ServiceHistory early = service(12, 10, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 11), null,
                List.of(spec(LocalDate.of(2021, 3, 1), 4)), List.of());
        assertThatThrownBy(() -> wholeMonth.meter(YearMonth.of(2021, 3), early, PRICES_2025))
                .isInstanceOf(BusinessRuleException.class).hasMessage("billing.error.noPrice");
        assertThatThrownBy(() -> wholeMonth.meter(YearMonth.of(2021, 4), early, PRICES_2025))
                .isInstanceOf(BusinessRuleException.class).hasMessage("billing.error.noPrice");
        // lenient (budget projections): a day before any version borrows the first one
        PriceTables lenient = PriceTables.lenient(List.of(
                prices(1, "2021年中标价格", LocalDate.of(2021, 4, 15), LocalDate.of(2025, 12, 31), "250.00")));
        assertThat(wholeMonth.meter(YearMonth.of(2021, 4), early, lenient)).extracting(MeteredSegment::amount)
                .containsExactly(money("466.67"), money("533.33"));
    }

    @Test
    void suspendedDaysCountFromTheSuspensionToTheDayBeforeTheNextStatus() {
        var steps = List.of(step(ServiceInstanceStatus.SUSPENDED, LocalDate.of(2025, 6, 10)),
                step(ServiceInstanceStatus.ACTIVE, LocalDate.of(2025, 6, 20)),
                step(ServiceInstanceStatus.SUSPENDED, LocalDate.of(2025, 6, 29)));
        assertThat(MeteringRules.suspendedDays(steps, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30))).isEqualTo(12);
        assertThat(MeteringRules.suspendedDays(steps, LocalDate.of(2025, 6, 15), LocalDate.of(2025, 6, 16))).isEqualTo(2);
    }
}
