package cn.gov.dehong.cloud.assessment.internal;

import java.time.Clock;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The versioned scoring rules: a new version applies to the assessments created after it. */
@Service
class RuleService {

    private final RuleVersionRepository versions;
    private final AuditLog audit;
    private final Clock clock;

    RuleService(RuleVersionRepository versions, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RuleVersionView> versions(Actor actor) {
        AssessmentAccess.requireReader(actor);
        return versions.findAllByOrderByVersionNoDesc().stream().map(RuleVersion::toView).toList();
    }

    @Transactional(readOnly = true)
    public RuleVersionView current(Actor actor) {
        AssessmentAccess.requireReader(actor);
        return versions.findFirstByOrderByVersionNoDesc().orElseThrow().toView();
    }

    @Transactional
    public RuleVersionView publish(Actor actor, RuleSet rules, String note) {
        AssessmentAccess.requireDec(actor);
        if (rules == null) {
            throw BusinessRuleException.invalid("assessment.rules.error.points");
        }
        rules.validated();
        String trimmed = note == null ? null : note.trim();
        if (trimmed != null && trimmed.length() > 500) {
            throw BusinessRuleException.invalid("assessment.error.noteTooLong", 500);
        }
        int next = versions.findFirstByOrderByVersionNoDesc().map(RuleVersion::getVersionNo).orElse(0) + 1;
        RuleVersion version;
        try {
            version = versions.saveAndFlush(new RuleVersion(next, rules, trimmed, actor.username(), clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException concurrentPublish) {
            // another DEC user published version {next} since the read above: the unique version number refuses it
            throw BusinessRuleException.conflict("assessment.rules.error.concurrent", next);
        }
        audit.record("assessment.rules.publish", "AssessmentRules", version.getId(), null, version.describe());
        return version.toView();
    }
}
