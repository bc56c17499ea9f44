package cn.gov.dehong.cloud.supervision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of resource efficiency (Art. 30), documented in the README: an instance is idle (闲置) when its
 * daily CPU and memory p95 stay below {@code idle-*} on at least {@code min-days} days of the period, over-provisioned
 * (配置过度) when it is not idle and one of CPU, memory or disk p95 stays below {@code over-*} on at least
 * {@code min-days} days. Ratios 0..1. The security score deducts the {@code penalty-*} points per item.
 */
@ConfigurationProperties("dehong.supervision")
record SupervisionSettings(@DefaultValue("0.05") double idleCpu,
                           @DefaultValue("0.10") double idleMemory,
                           @DefaultValue("0.30") double overCpu,
                           @DefaultValue("0.40") double overMemory,
                           @DefaultValue("0.30") double overDisk,
                           @DefaultValue("20") int minDays,
                           @DefaultValue("5") int penaltyIncident,
                           @DefaultValue("10") int penaltyOpenFinding,
                           @DefaultValue("20") int penaltyOverdue,
                           @DefaultValue("30") int penaltySuspension) {

    static SupervisionSettings defaults() {
        return new SupervisionSettings(0.05, 0.10, 0.30, 0.40, 0.30, 20, 5, 10, 20, 30);
    }

    SupervisionRules.Thresholds thresholds() {
        return new SupervisionRules.Thresholds(idleCpu, idleMemory, overCpu, overMemory, overDisk, minDays);
    }

    SupervisionRules.SecurityPenalties penalties() {
        return new SupervisionRules.SecurityPenalties(penaltyIncident, penaltyOpenFinding, penaltyOverdue,
                penaltySuspension);
    }
}
