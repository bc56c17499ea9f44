package cn.gov.dehong.cloud.billing.internal.web;

import java.math.BigDecimal;

/** Request bodies of the billing API. Amounts are JSON numbers (or numeric strings) in CNY with at most two decimals. */
final class BillingRequests {

    private BillingRequests() {
    }

    record RecheckRequest(String adjustsPeriod) {
    }

    record AdjustmentRequest(Long instanceId, String adjustsPeriod, BigDecimal amount, String reason) {
    }

    record DisputeRequest(String reason) {
    }

    record ResolveRequest(String outcome, String note) {
    }

    record BudgetRequest(BigDecimal amount, String note) {
    }

    record EndRuleRequest(String lastPeriod) {
    }

    record ReleaseRequest(String note) {
    }

    record Count(int count) {
    }
}
