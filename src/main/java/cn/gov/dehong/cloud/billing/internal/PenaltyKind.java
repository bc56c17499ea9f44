package cn.gov.dehong.cloud.billing.internal;

/** Art. 26 "推迟支付和扣减服务费用". */
public enum PenaltyKind {
    /** 扣减服务费用: reduces the payable total of the period. */
    DEDUCTION,
    /** 推迟支付: the period's payment is held until released. */
    HOLD
}
