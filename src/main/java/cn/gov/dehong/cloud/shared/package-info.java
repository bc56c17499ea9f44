/**
 * Shared kernel: the few types every module needs to signal a broken business rule in the same way, so that
 * the platform can turn it into a localized message (UI) or a ProblemDetail (API); and the document helpers
 * (Excel workbooks, PDF reports with the embedded CJK font) several modules export with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gov.dehong.cloud.shared;
