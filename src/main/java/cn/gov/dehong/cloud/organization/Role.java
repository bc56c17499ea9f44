package cn.gov.dehong.cloud.organization;

/**
 * The parties of the regulation (Art. 8) as platform roles. A user may hold several.
 */
public enum Role {
    /** 使用单位申请人: drafts and submits applications, changes and terminations of its unit. */
    UNIT_APPLICANT(Scope.OWN_UNIT),
    /** 使用单位负责人: confirms go-live and termination for its unit. */
    UNIT_LEADER(Scope.OWN_UNIT),
    /** 汇总单位 (parent unit or county government): aggregates the subordinates' centralized applications. */
    AGGREGATOR(Scope.SUBTREE),
    /** 州数字经济发展中心 受理. */
    DEC_ACCEPTOR(Scope.ALL),
    /** 州数字经济发展中心 审核, usage plan, supervision. */
    DEC_REVIEWER(Scope.ALL),
    /** 州财政局: countersigns reviews, budgets. */
    FINANCE(Scope.ALL),
    /** 网信、保密、公安、工信: receive review notices, read-only. */
    SECURITY_VIEWER(Scope.ALL),
    /** 中标供应商: opens, changes and closes resources. */
    VENDOR_OPERATOR(Scope.ALL),
    /** 人民政府: approves the usage plan and unsecured funding of its own level. */
    GOV_APPROVER(Scope.SUBTREE),
    /** 系统管理员: users, calendar, catalog. */
    SYSTEM_ADMIN(Scope.ALL),
    /** 审计人员: reads everything, changes nothing. */
    AUDITOR(Scope.ALL),
    /** 安全管理员 (三员分立): assigns roles, edits password and lockout policy; no accounts, no audit log. */
    SECURITY_ADMIN(Scope.OWN_UNIT);

    public enum Scope { OWN_UNIT, SUBTREE, ALL }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
