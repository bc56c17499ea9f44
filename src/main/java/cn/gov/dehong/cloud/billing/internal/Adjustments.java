package cn.gov.dehong.cloud.billing.internal;

/**
 * How adjustment lines are keyed. A recheck of closed period C booked in period P writes, per metered component
 * K of C whose amount changed, the line "RECHECK:C:K" in P (replaced when the recheck is repeated, so it is
 * idempotent); a manual adjustment writes "MANUAL:C:n/BEARER".
 */
final class Adjustments {

    static final String RECHECK = "RECHECK:";
    static final String MANUAL = "MANUAL:";

    private Adjustments() {
    }

    static String recheckPrefix(String closedPeriod) {
        return RECHECK + closedPeriod + ":";
    }

    static String recheckComponent(String closedPeriod, String component) {
        return recheckPrefix(closedPeriod) + component;
    }

    static String manualComponent(String closedPeriod, int sequence, CostBearer bearer) {
        return MANUAL + closedPeriod + ":" + sequence + "/" + bearer.name();
    }

    /** The metered component a line stands for: itself for a charge, the corrected one for a recheck line. */
    static String originalComponent(LineKind kind, String component) {
        if (kind == LineKind.ADJUSTMENT && component.startsWith(RECHECK)) {
            return component.substring(component.indexOf(':', RECHECK.length()) + 1);
        }
        return component;
    }

    static ChargeLineView withAmount(ChargeLineView line, java.math.BigDecimal amount) {
        return new ChargeLineView(line.id(), line.period(), line.kind(), line.adjustsPeriod(), line.instanceId(),
                line.instanceCode(), line.unitId(), line.unitName(), line.productId(), line.productName(), line.spec(),
                line.quantity(), line.priceList(), line.monthlyFee(), line.usedFrom(), line.usedTo(), line.usedDays(),
                line.billedDays(), line.daysInMonth(), line.bearer(), line.bearerUnitId(), line.bearerName(),
                line.sharePercent(), amount, line.note(), line.review(), line.reviewReason(), line.outcome(),
                line.resolutionNote());
    }
}
