package cn.gov.dehong.cloud.subscription;

import java.math.BigDecimal;

import cn.gov.dehong.cloud.catalog.SpecValues;

/** One resource line to open: a product of a given size and quantity, with its estimated monthly fee. */
public record ServiceLine(Long productId, String productName, SpecValues spec, int quantity, BigDecimal monthlyFeeEstimate) {
}
