package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.FundingKind;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UnitKind;
import cn.gov.dehong.cloud.organization.UnitView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finance's joint-bearing rules (Art. 11 共同负担): a ratio of exactly 100 %, one rule per subject at a time. */
@Service
public class JointRuleService {

    private static final String AUDIT_TYPE = "JointBearingRule";
    private static final int MAX_REFERENCE = 200;

    private final JointBearingRuleRepository rules;
    private final OrganizationDirectory organization;
    private final SubscriptionManagement subscriptions;
    private final PeriodLocks locks;
    private final AuditLog audit;

    JointRuleService(JointBearingRuleRepository rules, OrganizationDirectory organization,
                     SubscriptionManagement subscriptions, PeriodLocks locks, AuditLog audit) {
        this.rules = rules;
        this.organization = organization;
        this.subscriptions = subscriptions;
        this.locks = locks;
        this.audit = audit;
    }

    /** Exactly one of {@code unitId} and {@code instanceId}; {@code countyId} null = the unit's own county. */
    public record RuleInput(Long unitId, Long instanceId, Long countyId, BigDecimal prefecturePercent,
                            BigDecimal countyPercent, String validFrom, String validTo, String reference) {
    }

    @Transactional
    public JointRuleView create(Actor actor, RuleInput input) {
        BillingAccess.requireFinance(actor);
        if ((input.unitId() == null) == (input.instanceId() == null)) {
            throw BusinessRuleException.invalid("billing.error.ruleSubject");
        }
        Long unitId = input.unitId();
        if (input.instanceId() != null) {
            unitId = subscriptions.instance(input.instanceId()).unitId();
        }
        UnitView unit = organization.unit(unitId);
        if (unit.fundingKind() == null) {
            throw BusinessRuleException.invalid("billing.error.unitsWithoutFunding", unit.name());
        }
        if (unit.fundingKind() == FundingKind.NATIONAL_PROVINCIAL) {
            throw BusinessRuleException.invalid("billing.error.jointNational", unit.name());
        }
        Long countyId = input.countyId() != null ? input.countyId() : unit.countyId();
        JointTerms terms = CostBearingRules.checkRatio(input.prefecturePercent(), input.countyPercent(), countyId);
        UnitView county = organization.unit(countyId);
        if (county.kind() != UnitKind.COUNTY) {
            throw BusinessRuleException.invalid("billing.error.notACounty", county.name());
        }
        YearMonth from = PeriodText.parse(input.validFrom());
        YearMonth to = input.validTo() == null || input.validTo().isBlank() ? null : PeriodText.parse(input.validTo());
        if (to != null && to.isBefore(from)) {
            throw BusinessRuleException.invalid("billing.error.rulePeriodReversed", PeriodText.format(from), PeriodText.format(to));
        }
        String reference = input.reference() == null ? "" : input.reference().trim();
        if (reference.isEmpty() || reference.length() > MAX_REFERENCE) {
            throw BusinessRuleException.invalid("billing.error.referenceRequired", MAX_REFERENCE);
        }
        List<JointBearingRule> existing = input.instanceId() != null ? rules.findByInstanceId(input.instanceId())
                : rules.findByUnitId(unitId);
        for (JointBearingRule rule : existing) {
            if (rule.overlaps(from, to)) {
                throw BusinessRuleException.conflict("billing.error.ruleOverlap", rule.getValidFrom(),
                        rule.getValidTo() == null ? "…" : rule.getValidTo());
            }
        }
        JointBearingRule rule = rules.save(new JointBearingRule(input.instanceId() == null ? unitId : null,
                input.instanceId(), terms, from, to, reference, actor.username(), locks.now()));
        audit.record("billing.jointRule.create", AUDIT_TYPE, rule.getId(), null, rule.describe());
        return view(rule);
    }

    /** Ends a rule after {@code lastPeriod} (inclusive). */
    @Transactional
    public JointRuleView end(Actor actor, Long ruleId, String lastPeriod) {
        BillingAccess.requireFinance(actor);
        JointBearingRule rule = rules.findById(ruleId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        YearMonth last = PeriodText.parse(lastPeriod);
        if (PeriodText.format(last).compareTo(rule.getValidFrom()) < 0) {
            throw BusinessRuleException.invalid("billing.error.rulePeriodReversed", rule.getValidFrom(), PeriodText.format(last));
        }
        String before = rule.describe();
        rule.end(last);
        audit.record("billing.jointRule.end", AUDIT_TYPE, ruleId, before, rule.describe());
        return view(rule);
    }

    @Transactional(readOnly = true)
    public List<JointRuleView> list(Actor actor) {
        BillingAccess.requireStatementReader(actor);
        UnitDirectory units = new UnitDirectory(organization.units());
        return rules.findAllByOrderByIdDesc().stream().map(rule -> view(rule, units)).toList();
    }

    private JointRuleView view(JointBearingRule rule) {
        return view(rule, new UnitDirectory(organization.units()));
    }

    private JointRuleView view(JointBearingRule rule, UnitDirectory units) {
        String subject;
        if (rule.getInstanceId() != null) {
            ServiceInstanceView instance = subscriptions.instance(rule.getInstanceId());
            subject = instance.code() + " · " + instance.unitName();
        } else {
            subject = units.nameOf(rule.getUnitId());
        }
        return new JointRuleView(rule.getId(), rule.getUnitId(), rule.getInstanceId(), subject, rule.getCountyId(),
                units.nameOf(rule.getCountyId()), rule.getPrefecturePercent(), rule.getCountyPercent(),
                rule.getValidFrom(), rule.getValidTo(), rule.getReference(), rule.getCreatedBy(), rule.getCreatedAt());
    }
}
