package cn.gov.dehong.cloud.billing.internal;

import java.util.Set;

/**
 * Which lines of a period to list: {@code scope} null = every unit (else the caller's visible units); the other
 * fields null = any. {@code text} matches instance code, unit or product.
 */
public record LineFilter(Set<Long> scope, Long unitId, CostBearer bearer, Long bearerUnitId, LineKind kind,
                         ReviewStatus review, String text) {

    public static LineFilter all() {
        return new LineFilter(null, null, null, null, null, null, null);
    }

    LineFilter withScope(Set<Long> units) {
        return new LineFilter(units, unitId, bearer, bearerUnitId, kind, review, text);
    }
}
