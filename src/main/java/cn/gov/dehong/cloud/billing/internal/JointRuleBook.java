package cn.gov.dehong.cloud.billing.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The joint-bearing rules in force in one month, looked up per instance (first) and per unit. */
final class JointRuleBook {

    private final Map<Long, JointTerms> byInstance = new HashMap<>();
    private final Map<Long, JointTerms> byUnit = new HashMap<>();

    JointRuleBook(List<JointBearingRule> rules, YearMonth month) {
        for (JointBearingRule rule : rules) {
            if (!rule.appliesTo(month)) {
                continue;
            }
            if (rule.getInstanceId() != null) {
                byInstance.put(rule.getInstanceId(), rule.terms());
            } else {
                byUnit.put(rule.getUnitId(), rule.terms());
            }
        }
    }

    static JointRuleBook none() {
        return new JointRuleBook(List.of(), YearMonth.of(2000, 1));
    }

    JointRuleBook with(Long instanceId, Long unitId, JointTerms terms) {
        if (instanceId != null) {
            byInstance.put(instanceId, terms);
        } else {
            byUnit.put(unitId, terms);
        }
        return this;
    }

    /** Null when the item is not jointly borne. */
    JointTerms termsFor(Long instanceId, Long unitId) {
        JointTerms terms = byInstance.get(instanceId);
        return terms != null ? terms : byUnit.get(unitId);
    }
}
