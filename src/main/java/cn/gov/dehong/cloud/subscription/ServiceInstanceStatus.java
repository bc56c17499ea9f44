package cn.gov.dehong.cloud.subscription;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a service instance (Art. 9(四)–(七), 25). Which transition is allowed from which status is decided
 * here and nowhere else.
 */
public enum ServiceInstanceStatus {
    /** 测试: test resources opened, 10 days, not billed. */
    TESTING,
    /** 正式运行: production, billed from the billing start. */
    ACTIVE,
    /** 变更中: an approved change is being applied by the vendor. */
    CHANGING,
    /** 暂停运行: suspended (e.g. a high-risk security finding, Art. 25). */
    SUSPENDED,
    /** 已终止. */
    TERMINATED;

    public Set<ServiceInstanceStatus> next() {
        return switch (this) {
            case TESTING -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(CHANGING, SUSPENDED, TERMINATED);
            case CHANGING -> EnumSet.of(ACTIVE, SUSPENDED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
            case TERMINATED -> EnumSet.noneOf(ServiceInstanceStatus.class);
        };
    }

    public boolean canMoveTo(ServiceInstanceStatus target) {
        return next().contains(target);
    }
}
