package cn.gov.dehong.cloud.billing.internal;

import static cn.gov.dehong.cloud.billing.internal.Fixtures.MANGSHI;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.PREFECTURE;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.money;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.prices;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.service;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.spec;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement.ServiceHistory;
import org.junit.jupiter.api.Test;

/** A month's charge lines: bearers, direct settlement, joint splits, units without a bearer, exact sums. */
class MeteringRunTests {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final PriceTables PRICES = PriceTables.strict(List.of(
            prices(1, "2021年中标价格", LocalDate.of(2021, 4, 15), LocalDate.of(2025, 12, 31), "333.33")));

    private final UnitDirectory units = new UnitDirectory(Fixtures.tree(
            unit(10, "德宏州教育体育局", FundingKind.PREFECTURE, null),
            unit(20, "芒市教育体育局", FundingKind.COUNTY, MANGSHI),
            unit(30, "国家税务总局德宏州税务局", FundingKind.NATIONAL_PROVINCIAL, null),
            unit(40, "未设经费来源的单位", null, null)));

    private MeteringRun run(JointRuleBook joint, PartialMonthRule rule) {
        return new MeteringRun(JUNE, 99L, new MeteringRules(rule, true), PRICES, units, joint);
    }

    private static ServiceHistory running(long id, long unitId, LocalDate start) {
        return service(id, unitId, start.minusDays(10), start, null, List.of(spec(start.minusDays(10), 3)), List.of());
    }

    @Test
    void eachLineNamesItsBearer() {
        MeteringRun run = run(JointRuleBook.none(), PartialMonthRule.WHOLE_MONTH);
        List<ChargeLine> prefecture = run.charge(running(1, 10, LocalDate.of(2025, 1, 1)));
        List<ChargeLine> county = run.charge(running(2, 20, LocalDate.of(2025, 1, 1)));
        List<ChargeLine> national = run.charge(running(3, 30, LocalDate.of(2025, 1, 1)));

        assertThat(prefecture).singleElement().satisfies(line -> {
            assertThat(line.bearer()).isEqualTo(CostBearer.PREFECTURE);
            assertThat(line.bearerUnitId()).isEqualTo(PREFECTURE);
            assertThat(line.bearerName()).isEqualTo("德宏州");
            assertThat(line.amount()).isEqualByComparingTo("999.99");
            assertThat(line.component()).isEqualTo("2025-06-01/PREFECTURE");
            assertThat(line.kind()).isEqualTo(LineKind.CHARGE);
            assertThat(line.runId()).isEqualTo(99L);
        });
        assertThat(county).singleElement().satisfies(line -> {
            assertThat(line.bearer()).isEqualTo(CostBearer.COUNTY);
            assertThat(line.bearerName()).isEqualTo("芒市");
        });
        // Art. 12: billed to the unit itself, settled directly with the vendor
        assertThat(national).singleElement().satisfies(line -> {
            assertThat(line.bearer()).isEqualTo(CostBearer.UNIT);
            assertThat(line.bearerUnitId()).isEqualTo(30L);
            assertThat(line.bearerName()).isEqualTo("国家税务总局德宏州税务局");
        });
        assertThat(run.unitsWithoutBearer()).isEmpty();
    }

    @Test
    void aJointlyBorneInstanceGivesOneLinePerBearerThatAddUpToTheSegment() {
        JointRuleBook joint = JointRuleBook.none().with(1L, null,
                CostBearingRules.checkRatio(new BigDecimal("70"), new BigDecimal("30"), MANGSHI));
        List<ChargeLine> lines = run(joint, PartialMonthRule.WHOLE_MONTH).charge(running(1, 10, LocalDate.of(2025, 1, 1)));
        // 999.99 × 70 % = 699.993 → 699.99; the county bears 999.99 − 699.99 = 300.00
        assertThat(lines).extracting(ChargeLine::bearer).containsExactly(CostBearer.PREFECTURE, CostBearer.COUNTY);
        assertThat(lines).extracting(ChargeLine::amount).containsExactly(money("699.99"), money("300.00"));
        assertThat(lines).extracting(ChargeLine::component)
                .containsExactly("2025-06-01/PREFECTURE", "2025-06-01/COUNTY");
    }

    @Test
    void unitsWithoutABearerAreAllNamed() {
        MeteringRun run = run(JointRuleBook.none(), PartialMonthRule.WHOLE_MONTH);
        assertThat(run.charge(running(4, 40, LocalDate.of(2025, 1, 1)))).isEmpty();
        assertThat(run.charge(running(5, 777, LocalDate.of(2025, 1, 1)))).isEmpty();
        assertThat(run.unitsWithoutBearerText()).isEqualTo("未设经费来源的单位、unit 777 (#777)");
    }

    /** Every statement is a grouping of the same lines: each adds up to the same total, to the fen. */
    @Test
    void statementsByPayerUnitAndProductSumExactlyToTheLines() {
        JointRuleBook joint = JointRuleBook.none().with(null, 10L,
                CostBearingRules.checkRatio(new BigDecimal("33.33"), new BigDecimal("66.67"), MANGSHI));
        MeteringRun run = run(joint, PartialMonthRule.BY_DAYS);
        Random random = new Random(7);
        List<ChargeLine> lines = new ArrayList<>();
        long[] unitIds = {10, 20, 30};
        for (long id = 1; id <= 500; id++) {
            lines.addAll(run.charge(running(id, unitIds[(int) (id % 3)], LocalDate.of(2025, 6, 1 + random.nextInt(30)))));
        }
        BigDecimal total = lines.stream().map(ChargeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Function<ChargeLine, Object> grouping : List.<Function<ChargeLine, Object>>of(
                line -> line.bearer() + "/" + line.bearerUnitId(), ChargeLine::unitId, ChargeLine::productId)) {
            Map<Object, BigDecimal> rows = lines.stream().collect(Collectors.groupingBy(grouping,
                    Collectors.reducing(BigDecimal.ZERO, ChargeLine::amount, BigDecimal::add)));
            assertThat(rows.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        }
        assertThat(lines).allSatisfy(line -> assertThat(line.amount().scale()).isEqualTo(2));
        assertThat(total.signum()).isPositive();
    }
}
