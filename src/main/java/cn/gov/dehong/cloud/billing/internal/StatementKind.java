package cn.gov.dehong.cloud.billing.internal;

/** The monthly statements of Art. 11: by payer (DEC, county departments, direct units), unit, county, product. */
public enum StatementKind {
    PAYER,
    UNIT,
    COUNTY,
    PRODUCT
}
