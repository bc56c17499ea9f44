package cn.gov.dehong.cloud.catalog.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import cn.gov.dehong.cloud.catalog.SpecParameter;

/** The monthly fee in CNY, rounded to the fen, at the price-list version in force on {@code date}. */
record QuoteResponse(Long productId, int quantity, LocalDate date, Map<SpecParameter, Integer> spec,
                     BigDecimal monthlyFee) {
}
