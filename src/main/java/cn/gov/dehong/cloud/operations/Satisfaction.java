package cn.gov.dehong.cloud.operations;

/** The unit's rating of a closed ticket (Art. 31: 服务满意度). */
public enum Satisfaction {
    /** 不满意. */
    UNSATISFIED,
    /** 满意. */
    SATISFIED,
    /** 非常满意. */
    VERY_SATISFIED
}
