/**
 * Subscription: the service instances that run on the cloud, one per opened resource line, with their status
 * (testing → active → changing → suspended → terminated), their spec over time and their billing start and end.
 * The only place a service instance changes, so that billing later reads one history. Depends on catalog for
 * product types, organization for data scope, audit to record every transition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subscription", allowedDependencies = {"catalog", "organization", "audit", "shared"})
package cn.gov.dehong.cloud.subscription;
