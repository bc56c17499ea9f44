package cn.gov.dehong.cloud.project;

/** Where a standalone project plan stands: opinions of the DEC and finance, then the government's decision. */
public enum ProjectStatus {
    /** 审核中: waiting for the DEC's and the finance bureau's opinions. */
    REVIEW,
    /** 待州人民政府审定. */
    GOVERNMENT_APPROVAL,
    /** 已批准. */
    APPROVED,
    /** 未批准. */
    REJECTED
}
