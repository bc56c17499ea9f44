package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/**
 * Art. 11–12: who bears a unit's cloud costs.
 * <ul>
 * <li>a jointly borne item (a rule for the instance, else for the unit) → the prefecture and the rule's county by
 * the rule's ratio;</li>
 * <li>funding {@code PREFECTURE} (州直) → the prefecture; {@code COUNTY} (县市) → the unit's county;</li>
 * <li>{@code NATIONAL_PROVINCIAL} → the unit itself (Art. 12: settled directly with the vendor).</li>
 * </ul>
 * A unit without a funding kind, or a county unit outside any county, has no bearer: the caller stops.
 */
final class CostBearingRules {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Long prefectureId;

    /** {@code prefectureId}: the root unit (德宏州) that stands for the prefecture level. */
    CostBearingRules(Long prefectureId) {
        this.prefectureId = prefectureId;
    }

    /** Empty when the unit's bearer cannot be determined. */
    Optional<List<BearerShare>> sharesOf(UnitView unit, JointTerms joint) {
        if (unit.fundingKind() == null) {
            return Optional.empty();
        }
        if (joint != null) {
            List<BearerShare> shares = new ArrayList<>(2);
            if (joint.prefecturePercent().signum() > 0) {
                shares.add(new BearerShare(CostBearer.PREFECTURE, prefectureId, joint.prefecturePercent()));
            }
            if (joint.countyPercent().signum() > 0) {
                shares.add(new BearerShare(CostBearer.COUNTY, joint.countyId(), joint.countyPercent()));
            }
            return Optional.of(shares);
        }
        return switch (unit.fundingKind()) {
            case PREFECTURE -> Optional.of(List.of(new BearerShare(CostBearer.PREFECTURE, prefectureId, HUNDRED)));
            case COUNTY -> unit.countyId() == null ? Optional.empty()
                    : Optional.of(List.of(new BearerShare(CostBearer.COUNTY, unit.countyId(), HUNDRED)));
            case NATIONAL_PROVINCIAL -> Optional.of(List.of(new BearerShare(CostBearer.UNIT, unit.id(), HUNDRED)));
        };
    }

    /**
     * Splits an amount (already rounded to the fen) by the shares' percentages: every share but the last is
     * rounded half-up to the fen, the last one takes the rest, so that the parts always add up to the amount.
     */
    static List<BigDecimal> split(BigDecimal amount, List<BearerShare> shares) {
        List<BigDecimal> parts = new ArrayList<>(shares.size());
        BigDecimal rest = amount;
        for (int i = 0; i < shares.size(); i++) {
            if (i == shares.size() - 1) {
                parts.add(rest);
            } else {
                BigDecimal part = amount.multiply(shares.get(i).percent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                parts.add(part);
                rest = rest.subtract(part);
            }
        }
        return parts;
    }

    /**
     * A ratio finance may set: both parts between 0 and 100 with at most two decimals, adding up to exactly 100 %,
     * for a prefecture or county unit (a national/provincial unit settles alone, Art. 12).
     */
    static JointTerms checkRatio(BigDecimal prefecturePercent, BigDecimal countyPercent, Long countyId) {
        for (BigDecimal percent : new BigDecimal[] {prefecturePercent, countyPercent}) {
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0
                    || percent.stripTrailingZeros().scale() > 2) {
                throw BusinessRuleException.invalid("billing.error.percentMalformed", String.valueOf(percent));
            }
        }
        if (prefecturePercent.add(countyPercent).compareTo(HUNDRED) != 0) {
            throw BusinessRuleException.invalid("billing.error.ratioNot100", prefecturePercent.toPlainString(),
                    countyPercent.toPlainString());
        }
        if (countyId == null) {
            throw BusinessRuleException.invalid("billing.error.countyRequired");
        }
        return new JointTerms(prefecturePercent.setScale(2), countyPercent.setScale(2), countyId);
    }
}
