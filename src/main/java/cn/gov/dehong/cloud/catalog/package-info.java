/**
 * Catalog: the cloud service products of Art. 4 with their spec parameters and billing units, and the procured
 * price list (中标价格, Art. 10) as versions with effective dates: a new procurement adds a version, old versions
 * stay. Computes a line's monthly fee at the version in force on a date. Depends on audit to record changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service catalog", allowedDependencies = {"audit", "shared"})
package cn.gov.dehong.cloud.catalog;
