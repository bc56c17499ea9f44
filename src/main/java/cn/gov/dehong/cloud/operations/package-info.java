/**
 * Operations (运维管理, Art. 13–20, 26): service tickets with SLA measurement on the working-day calendar (Art. 16,
 * 19, feeding the vendor assessment of Art. 31), the vendor's duty roster (Art. 13), the monthly security bulletin
 * and the yearly emergency and backup/recovery drills (Art. 13, 15, 26), the custody agreements of IDC-hosted
 * devices and the go-live gate they impose (Art. 20), and the retention archive of the audit log (Art. 17).
 * <p>
 * Depends on organization (caller, roles, data scope), subscription (the service instances a ticket is about; the
 * {@code GoLiveCheck} extension point the custody gate implements), catalog (which product an instance is), security
 * (only its {@code ApplicationSystems} lookup: a ticket may be about a unit's application system),
 * calendar (working hours for SLAs), notification (notices to units, vendor and DEC) and audit (every change is
 * recorded; the archive reads and prunes old entries through its API).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations",
        allowedDependencies = {"organization", "subscription", "catalog", "calendar", "notification", "audit", "security",
                "shared"})
package cn.gov.dehong.cloud.operations;
