/**
 * Organization: the tree of government levels and units (Art. 7, 8, 11, 12), their funding kind, the users,
 * their roles and the data scope each role grants. Everything else asks this module who the caller is and
 * which units the caller may see. On an empty production database it creates the first three administrators and
 * their operating unit (the one-shot bootstrap, README "Production"). Depends on audit only, to record changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = {"audit", "shared"})
package cn.gov.dehong.cloud.organization;
