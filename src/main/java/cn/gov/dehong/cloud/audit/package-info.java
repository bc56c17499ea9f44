/**
 * Audit: the append-only operation log (Art. 17). Every state-changing operation of every module writes one
 * record here in its own transaction: who, which unit, what, on which object, before and after, when, from
 * which address. Depends on nothing but the shared kernel, so that every module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"shared"})
package cn.gov.dehong.cloud.audit;
