package cn.gov.dehong.cloud.billing;

import java.math.BigDecimal;

import cn.gov.dehong.cloud.organization.Actor;

/**
 * Art. 26 for other modules: book a deduction from or a hold on the vendor's payment for an incident the vendor
 * caused, with the same rules, roles (finance, DEC) and audit as billing's own penalty form. Money stays in billing.
 */
public interface VendorPenalties {

    /** {@code hold} false: a deduction of {@code amount}; true: a payment hold ({@code amount} optional). */
    record PenaltyRequest(String period, boolean hold, BigDecimal amount, String reason, String reference) {
    }

    record BookedPenalty(Long id, String period, boolean hold, BigDecimal amount) {
    }

    BookedPenalty book(Actor actor, PenaltyRequest request);
}
