/**
 * Training (培训, Art. 33): the DEC plans cloud computing and management training sessions for an audience (all units,
 * the units in the counties, or listed units) with their materials; units register participants; the DEC records
 * attendance. Per-unit coverage over a period is read by supervision through
 * {@link cn.gov.dehong.cloud.training.TrainingCoverage}.
 * <p>
 * Depends on organization (caller, roles, the units of an audience, data scope), application (the platform's document
 * store for materials) and audit (every change recorded in the same transaction).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
        allowedDependencies = {"organization", "application", "audit", "shared"})
package cn.gov.dehong.cloud.training;
