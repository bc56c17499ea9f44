package cn.gov.dehong.cloud.organization;

/** The nodes of the organisation tree. */
public enum UnitKind {
    /** 州: the root, the prefecture government level. */
    PREFECTURE,
    /** 县市: a county or county-level city government level. */
    COUNTY,
    /** 中央和省驻德宏单位: the group of national and provincial units stationed locally. */
    STATIONED_GROUP,
    /** A government body or state-owned institution that uses the cloud. */
    AGENCY,
    /** The contracted vendor (中标供应商). */
    VENDOR
}
