package cn.gov.dehong.cloud.subscription.internal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.gov.dehong.cloud.subscription.ServiceInstanceStatus;
import cn.gov.dehong.cloud.subscription.StatusChange;

/** A status change with the moment it was recorded in Dehong time (stored in UTC). */
record StatusChangeRow(ServiceInstanceStatus from, ServiceInstanceStatus to, LocalDate effectiveOn,
                       LocalDateTime recordedAt, String actor, String reason) {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static StatusChangeRow of(StatusChange change) {
        return new StatusChangeRow(change.from(), change.to(), change.effectiveOn(),
                LocalDateTime.ofInstant(change.recordedAt(), SHANGHAI), change.actor(), change.reason());
    }
}
