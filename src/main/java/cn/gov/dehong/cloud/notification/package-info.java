/**
 * Notification: in-app notices (通知) addressed to a role, a role within a unit, or a person, with per-person read
 * receipts. Used for the written notice to the security departments (Art. 9(三)), the vendor's notice to start
 * (Art. 9(三)(四)), deadline reminders and results copied to the DEC and finance (Art. 9(六)). Depends on
 * organization to know the caller's addresses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"organization", "shared"})
package cn.gov.dehong.cloud.notification;
