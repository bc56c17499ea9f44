/**
 * Security management (安全管理, Art. 21–25, 7, 32): the units' inventory of business application systems with their
 * three responsible persons, website filings and scans and the yearly no-classified-information declaration; and the
 * vendor's access to a unit's resources only under the unit's grant, with every access session kept and any access
 * outside a grant raised as a violation.
 * <p>
 * Depends on organization (caller, roles, data scope), subscription (the service instances a system runs on and a
 * grant is about), catalog (the zone of a system), notification (notices to the unit leader and the DEC) and audit
 * (every change is recorded in the same transaction), and billing (a vendor-caused security incident is linked to a
 * penalty booked through billing's {@code VendorPenalties}; security computes no money), and application (its
 * {@code ServiceDecommissioned} event opens the unit's confirmation of the data handover and purge, Art. 23).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"organization", "subscription", "catalog", "notification", "audit", "calendar", "billing",
                "application", "shared"})
package cn.gov.dehong.cloud.security;
