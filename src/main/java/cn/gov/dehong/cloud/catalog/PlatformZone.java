package cn.gov.dehong.cloud.catalog;

/** The two zones of the cloud (Art. 3). */
public enum PlatformZone {
    /** 专有云: internal office work (公文流转、审批办理、数据交换、信息共享). */
    PRIVATE,
    /** 公共云: citizen-facing services (门户网站、办事受理、咨询反馈、信息查询). */
    PUBLIC
}
