package cn.gov.dehong.cloud.billing.internal;

import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;

/**
 * Who may do what in billing. Finance (州财政局) runs and closes periods, sets budgets and joint-bearing rules;
 * finance or the DEC records penalties (Art. 26) and resolves disputes; the vendor reviews its settlement statement;
 * the DEC, finance and auditors read every statement; units read their own bill and budget within their data scope.
 */
final class BillingAccess {

    private BillingAccess() {
    }

    static void requireFinance(Actor actor) {
        if (!actor.has(Role.FINANCE)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static void requireFinanceOrDec(Actor actor) {
        if (!actor.hasAny(Role.FINANCE, Role.DEC_REVIEWER)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static boolean readsAll(Actor actor) {
        return actor.hasAny(Role.FINANCE, Role.DEC_ACCEPTOR, Role.DEC_REVIEWER, Role.AUDITOR);
    }

    /** Period statements and the lists behind them. */
    static void requireStatementReader(Actor actor) {
        if (!readsAll(actor)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    /** The vendor settlement statement: the readers above and the vendor. */
    static void requireVendorStatementReader(Actor actor) {
        if (!readsAll(actor) && !actor.has(Role.VENDOR_OPERATOR)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static void requireVendor(Actor actor) {
        if (!actor.has(Role.VENDOR_OPERATOR)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
    }

    static String name(Actor actor) {
        return actor == null ? "system" : actor.username();
    }
}
