package cn.gov.dehong.cloud.billing.internal;

/**
 * Who bears (and so pays) a charge line (Art. 11, 12). The payer follows from the bearer: the DEC pays the vendor
 * for the prefecture, a county's digital-economy department for its county (at the prefecture's procured price),
 * and a national or provincial unit settles directly with the vendor under its own service agreement.
 */
public enum CostBearer {
    /** 州级负担: paid by the DEC (州数字经济发展中心). */
    PREFECTURE,
    /** 县市级负担: paid by the county's digital-economy department. */
    COUNTY,
    /** 国家和省级单位: billed to the unit itself, settled directly (Art. 12). */
    UNIT
}
