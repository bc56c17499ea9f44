/**
 * Platform infrastructure: Spring Security (form login for people, HTTP basic for API clients, sessions in the
 * database), the user's language, the page layout and the translation of broken rules into localized error
 * pages and ProblemDetail responses. Depends on organization for the login accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {"organization", "audit", "shared"})
package cn.gov.dehong.cloud.platform;
