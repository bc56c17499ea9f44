package cn.gov.dehong.cloud.security;

/** What a vendor operator may do with a unit's resource under a grant (Art. 23: 访问、修改、导出). */
public enum AccessAction {
    READ,
    MODIFY,
    EXPORT
}
