/**
 * Vendor assessment (供应商考核, Art. 31) and oversight access (Art. 27): quarterly and yearly assessments of the
 * vendor on service response, satisfaction, service quality and merits, scored by versioned, configurable rules,
 * showing their inputs, signed off by the DEC and linkable to a penalty or payment hold in billing (Art. 26); the
 * units' satisfaction surveys; and the audit of every view an auditor (finance, 审计, 纪检) makes.
 * <p>
 * Depends on operations (ticket responses and ratings, incidents), application (the vendor's lifecycle steps and
 * their working-day deadlines), billing (the penalty API of Art. 26), organization (caller, roles, units), audit
 * (every change and every auditor view is recorded) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vendor assessment and oversight",
        allowedDependencies = {"operations", "application", "billing", "organization", "audit", "shared"})
package cn.gov.dehong.cloud.assessment;
