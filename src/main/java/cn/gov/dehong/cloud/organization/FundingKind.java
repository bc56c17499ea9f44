package cn.gov.dehong.cloud.organization;

/** Who funds a unit's budget, which decides who bears its cloud costs (Art. 11, 12). */
public enum FundingKind {
    /** 州直财政拨款预算单位: borne by the prefecture. */
    PREFECTURE,
    /** 县市财政拨款预算单位: borne by the county. */
    COUNTY,
    /** 国家和省级财政拨款预算单位: settles directly with the vendor (Art. 12). */
    NATIONAL_PROVINCIAL
}
