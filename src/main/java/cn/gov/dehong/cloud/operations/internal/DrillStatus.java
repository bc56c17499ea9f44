package cn.gov.dehong.cloud.operations.internal;

enum DrillStatus {
    /** 已计划: announced to the participating units. */
    PLANNED,
    /** 已完成: held, report attached. */
    COMPLETED
}
