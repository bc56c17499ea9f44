package cn.gov.dehong.cloud.billing.internal;

import static cn.gov.dehong.cloud.billing.internal.Fixtures.MANGSHI;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.PREFECTURE;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.money;
import static cn.gov.dehong.cloud.billing.internal.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Art. 11–12: who bears a charge, and how a jointly borne charge splits to the fen. */
class CostBearingRulesTests {

    private final CostBearingRules rules = new CostBearingRules(PREFECTURE);

    @Test
    void aPrefectureUnitIsBorneByThePrefecture() {
        assertThat(rules.sharesOf(unit(10, "州教育体育局", FundingKind.PREFECTURE, null), null)).hasValue(
                List.of(new BearerShare(CostBearer.PREFECTURE, PREFECTURE, CostBearingRules.HUNDRED)));
    }

    @Test
    void aCountyUnitIsBorneByItsCounty() {
        assertThat(rules.sharesOf(unit(20, "芒市教育体育局", FundingKind.COUNTY, MANGSHI), null)).hasValue(
                List.of(new BearerShare(CostBearer.COUNTY, MANGSHI, CostBearingRules.HUNDRED)));
    }

    @Test
    void aNationalOrProvincialUnitIsBilledItselfAndSettlesDirectly() {
        assertThat(rules.sharesOf(unit(30, "税务局", FundingKind.NATIONAL_PROVINCIAL, null), null)).hasValue(
                List.of(new BearerShare(CostBearer.UNIT, 30L, CostBearingRules.HUNDRED)));
    }

    @Test
    void aJointlyBorneItemIsSharedByTheRatio() {
        JointTerms terms = CostBearingRules.checkRatio(new BigDecimal("60"), new BigDecimal("40"), MANGSHI);
        var shares = rules.sharesOf(unit(10, "州教育体育局", FundingKind.PREFECTURE, null), terms).orElseThrow();
        assertThat(shares).extracting(BearerShare::bearer).containsExactly(CostBearer.PREFECTURE, CostBearer.COUNTY);
        assertThat(shares.get(1).bearerUnitId()).isEqualTo(MANGSHI);
        // 60 % of 100.01 = 60.006 → 60.01; the county takes the rest, 40.00 (not 40.004 → 40.00 + a lost fen)
        assertThat(CostBearingRules.split(money("100.01"), shares)).containsExactly(money("60.01"), money("40.00"));
        // 1 fen cannot be split: half-up gives it to the prefecture at 50 %, and the county share is 0.00
        var half = rules.sharesOf(unit(10, "x", FundingKind.PREFECTURE, null),
                CostBearingRules.checkRatio(new BigDecimal("50"), new BigDecimal("50"), MANGSHI)).orElseThrow();
        assertThat(CostBearingRules.split(money("0.01"), half)).containsExactly(money("0.01"), money("0.00"));
    }

    @Test
    void thePartsAlwaysAddUpToTheAmount() {
        Random random = new Random(2026);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
            BigDecimal prefecture = BigDecimal.valueOf(random.nextInt(10_001), 2);
            JointTerms terms = CostBearingRules.checkRatio(prefecture, CostBearingRules.HUNDRED.subtract(prefecture), MANGSHI);
            var shares = rules.sharesOf(unit(10, "x", FundingKind.COUNTY, MANGSHI), terms).orElseThrow();
            List<BigDecimal> parts = CostBearingRules.split(amount, shares);
            assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
            parts.forEach(part -> assertThat(part.scale()).isEqualTo(2));
        }
    }

    @Test
    void withoutAFundingKindOrACountyNobodyBearsTheCost() {
        assertThat(rules.sharesOf(unit(40, "无经费来源单位", null, null), null)).isEmpty();
        assertThat(rules.sharesOf(unit(41, "县市单位", FundingKind.COUNTY, null), null)).isEmpty();
    }

    @Test
    void aRatioMustAddUpToExactlyOneHundredPercent() {
        assertThatThrownBy(() -> CostBearingRules.checkRatio(new BigDecimal("60"), new BigDecimal("41"), MANGSHI))
                .isInstanceOf(BusinessRuleException.class).hasMessage("billing.error.ratioNot100");
        assertThatThrownBy(() -> CostBearingRules.checkRatio(new BigDecimal("33.33"), new BigDecimal("66.66"), MANGSHI))
                .hasMessage("billing.error.ratioNot100");
        assertThatThrownBy(() -> CostBearingRules.checkRatio(new BigDecimal("-10"), new BigDecimal("110"), MANGSHI))
                .hasMessage("billing.error.percentMalformed");
        assertThatThrownBy(() -> CostBearingRules.checkRatio(new BigDecimal("33.333"), new BigDecimal("66.667"), MANGSHI))
                .hasMessage("billing.error.percentMalformed");
        assertThatThrownBy(() -> CostBearingRules.checkRatio(new BigDecimal("60"), new BigDecimal("40"), null))
                .hasMessage("billing.error.countyRequired");
        assertThat(CostBearingRules.checkRatio(new BigDecimal("33.33"), new BigDecimal("66.67"), MANGSHI).countyPercent())
                .isEqualByComparingTo("66.67");
    }
}
