/**
 * Supervision (监督, Art. 5, 6, 30): the cloud adoption ratio from the application-system inventory, the resource
 * efficiency (idle and over-provisioned instances from the daily utilisation aggregates, with the monthly fee billing
 * charged), the security status, recommendations the DEC sends to a unit (downsize / terminate) that the unit
 * answers, a ranking of units and counties with versioned weights, the periodic bulletin (通报) and the dashboards.
 * <p>
 * Depends on organization (caller, roles, data scope, counties), security (systems and findings), operations
 * (utilisation, incidents, ticket SLA), billing (charged amounts: money is never recomputed here), subscription
 * (the instances behind a candidate), application (a unit's acceptance opens a change or termination request),
 * notification (notices), audit (every change recorded) and shared (errors, Excel, PDF font). Other modules add to
 * the figures through {@link cn.gov.dehong.cloud.supervision.AdoptionContribution} and
 * {@link cn.gov.dehong.cloud.supervision.TrainingCoverage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"organization", "security", "operations", "billing", "subscription", "application",
                "notification", "audit", "calendar", "project", "training", "assessment", "shared"})
package cn.gov.dehong.cloud.supervision;
