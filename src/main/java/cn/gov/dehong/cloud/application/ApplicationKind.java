package cn.gov.dehong.cloud.application;

/** Art. 9(一). */
public enum ApplicationKind {
    /** 集中申请: inside the annual campaign, aggregated by the parent unit or county, into the usage plan. */
    CENTRALIZED,
    /** 专项申请: outside the campaign; needs the same-level government's funding approval when funds are not secured. */
    SPECIAL
}
