/**
 * Application: the use of the cloud as Art. 9 describes it — campaigns and applications (申请), acceptance (受理),
 * countersigned review (审核), the usage plan (使用计划), the vendor's kick-off and test (测试), go-live (开通), change
 * (变更) and termination (终止) — carried by Flowable BPMN processes in {@code processes/}. Every step has its
 * actor, its working-day deadline and its record.
 * <p>
 * Depends on organization (who may act, data scope), catalog (products and fees), calendar (deadlines),
 * subscription (the service instances the processes open, change and end), notification (notices) and audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application and workflow",
        allowedDependencies = {"organization", "catalog", "calendar", "subscription", "notification", "audit", "shared"})
package cn.gov.dehong.cloud.application;
