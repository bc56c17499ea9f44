package cn.gov.dehong.cloud.subscription;

import java.time.Instant;
import java.time.LocalDate;

public record StatusChange(ServiceInstanceStatus from, ServiceInstanceStatus to, LocalDate effectiveOn, Instant recordedAt,
                           String actor, String reason) {
}
