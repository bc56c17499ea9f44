/**
 * Billing and settlement (费用结算, Art. 9(五)–(七), 10–12, 26, 28, 29): monthly billing periods and their runs, the
 * charge lines of every service instance at the procured price in force, who bears each line (prefecture, county,
 * jointly, or the national/provincial unit itself), the statements per payer, unit, county and product, the
 * vendor's line-by-line confirmation or dispute, adjustments of closed periods, budget lines, change deltas and the
 * vendor penalties of Art. 26. The only module that computes money.
 * <p>
 * Depends on subscription (what ran, when, with which spec: a bulk history read and the {@code ServiceChanged}
 * event), catalog (the price-list versions and the fee formula), organization (funding kind, county, caller, data
 * scope), audit (every run, close, review and setting is recorded in the same transaction) and the shared kernel.
 * It reads nothing from application: the fee deltas of Art. 9(六) come from subscription's event when the change
 * is applied, which is also when billing starts to count the new spec.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing and settlement",
        allowedDependencies = {"subscription", "catalog", "organization", "audit", "shared"})
package cn.gov.dehong.cloud.billing;
