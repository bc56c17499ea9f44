/**
 * Standalone projects (单独建设的信息化系统, Art. 6): a unit that needs a server-based system of its own submits a project
 * plan with its plan document; the DEC and the finance bureau give their review opinions in parallel and the
 * prefecture government decides. Approved projects are read by supervision (they count in the cloud adoption
 * ratio's denominator) through {@link cn.gov.dehong.cloud.project.StandaloneProjects}.
 * <p>
 * Depends on organization (caller, roles, data scope, the prefecture), application (the shared workflow engine with
 * its step records and working-day deadlines, and the document store), notification (notices to the unit and the
 * approvers) and audit (every step recorded in the same transaction).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standalone projects",
        allowedDependencies = {"organization", "application", "calendar", "notification", "audit", "shared"})
package cn.gov.dehong.cloud.project;
