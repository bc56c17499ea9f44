package cn.gov.dehong.cloud.catalog.internal.web;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.dehong.cloud.catalog.PriceListVersionView;
import cn.gov.dehong.cloud.catalog.internal.PriceComponent;

record PriceListResponse(PriceListVersionView version, List<Item> items) {

    /** CNY per month per billing unit (BASE) or per unit of the spec parameter. */
    record Item(Long productId, String productCode, String productName, PriceComponent component,
                BigDecimal unitPrice) {
    }
}
