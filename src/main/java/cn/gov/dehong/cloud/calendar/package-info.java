/**
 * Calendar: mainland China's working days (official holidays and make-up workdays, 调休) kept as data that an
 * administrator can import and edit, and the deadline arithmetic every "N 个工作日" rule of the regulation uses
 * (Art. 9(二)(四)(六)(七)). Depends on audit to record edits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar", allowedDependencies = {"audit", "shared"})
package cn.gov.dehong.cloud.calendar;
