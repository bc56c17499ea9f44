package cn.gov.dehong.cloud.training;

/** Who a training session is for. */
public enum Audience {
    /** 全部使用单位: every agency unit. */
    ALL,
    /** 县市单位: the agency units of the counties. */
    COUNTIES,
    /** 指定单位: the listed units. */
    LISTED
}
