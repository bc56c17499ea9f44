package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import cn.gov.dehong.cloud.catalog.SpecValues;

/**
 * A part of a month in which an instance ran with one spec at one price-list version: used from {@code usedFrom} to
 * {@code usedTo} ({@code usedDays} days of use), charged for {@code billedDays} of {@code daysInMonth} at
 * {@code monthlyFee}: {@code amount = monthlyFee × billedDays / daysInMonth}, half-up to the fen.
 */
record MeteredSegment(LocalDate usedFrom, LocalDate usedTo, int usedDays, int billedDays, int daysInMonth,
                      SpecValues spec, int quantity, PriceListVersionView priceList, BigDecimal monthlyFee,
                      BigDecimal amount) {
}
