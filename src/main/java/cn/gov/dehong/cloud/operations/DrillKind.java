package cn.gov.dehong.cloud.operations;

/** Drills of Art. 13, 15 and 26. */
public enum DrillKind {
    /** 应急演练: at least once a year (Art. 26). */
    EMERGENCY,
    /** 备份恢复演练 (Art. 13, 15). */
    BACKUP_RECOVERY
}
