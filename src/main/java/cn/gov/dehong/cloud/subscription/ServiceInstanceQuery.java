package cn.gov.dehong.cloud.subscription;

import cn.gov.dehong.cloud.catalog.PlatformZone;

/** Filters of the service list; null means any. */
public record ServiceInstanceQuery(Long unitId, ServiceInstanceStatus status, PlatformZone zone, String text) {
}
