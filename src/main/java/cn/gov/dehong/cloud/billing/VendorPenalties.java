package cn.gov.dehong.cloud.billing;

import java.math.BigDecimal;

import cn.gov.dehong.cloud.organization.Actor;

/**
 * Art. 26 for other modules: books a deduction from, or a hold on, the vendor's payment on an open settlement period
 * (a poor vendor assessment, an incident the vendor caused). Same rules as the billing pages: finance or DEC only.
 */
public interface VendorPenalties {

    enum Kind { DEDUCTION, HOLD }

    /**
     * Records the penalty on {@code period} (YYYY-MM) and returns its id; {@code reference} names the cause (e.g. the
     * assessment). Joins the caller's transaction, so a later failure of the caller leaves no penalty.
     */
    Long recordPenalty(Actor actor, String period, Kind kind, BigDecimal amount, String reason, String reference);
}
