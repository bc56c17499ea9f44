package cn.gov.dehong.cloud.assessment.internal;

import java.time.Clock;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Art. 31 服务满意度: the DEC opens a survey for a period; each unit answers it once while it is open. */
@Service
class SurveyService {

    static final String AUDIT_TYPE = "SatisfactionSurvey";

    private final SurveyRepository surveys;
    private final SurveyAnswerRepository answers;
    private final AuditLog audit;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, SurveyAnswerRepository answers, AuditLog audit, Clock clock) {
        this.surveys = surveys;
        this.answers = answers;
        this.audit = audit;
        this.clock = clock;
    }

    record SurveyView(Long id, String period, String title, Survey.Status status, String openedBy,
                      java.time.Instant openedAt, java.time.Instant closedAt, long unsatisfied, long satisfied,
                      long verySatisfied, SurveyAnswerView myAnswer) {
    }

    record SurveyResults(SurveyView survey, List<SurveyAnswerView> answers) {
    }

    @Transactional
    public SurveyView open(Actor actor, String periodText, String title) {
        AssessmentAccess.requireDec(actor);
        AssessmentPeriod period = AssessmentPeriod.parse(periodText);
        String trimmed = title == null ? "" : title.trim();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw BusinessRuleException.invalid("assessment.survey.error.title");
        }
        if (surveys.existsByCoveredPeriod(period.label())) {
            throw BusinessRuleException.conflict("assessment.survey.error.duplicate", period.label());
        }
        Survey survey;
        try {
            survey = surveys.saveAndFlush(new Survey(period.label(), trimmed, actor.username(), clock.instant()));
        } catch (DataIntegrityViolationException concurrentOpen) {
            // another DEC user opened a survey of the same period since the check above (unique covered period)
            throw BusinessRuleException.conflict("assessment.survey.error.duplicate", period.label());
        }
        audit.record("assessment.survey.open", AUDIT_TYPE, survey.getId(), null, survey.describe());
        return view(survey, null);
    }

    @Transactional
    public SurveyView close(Actor actor, Long id) {
        AssessmentAccess.requireDec(actor);
        Survey survey = lock(id);
        String before = survey.describe();
        survey.close(clock.instant());
        audit.record("assessment.survey.close", AUDIT_TYPE, id, before, survey.describe());
        return view(survey, null);
    }

    /** One answer per unit: a second one (by anybody of the unit) is refused with 409 and changes nothing. */
    @Transactional
    public SurveyView answer(Actor actor, Long id, Satisfaction satisfaction, String comment) {
        AssessmentAccess.requireUnitMember(actor);
        if (satisfaction == null) {
            throw BusinessRuleException.invalid("assessment.survey.error.satisfactionRequired");
        }
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (text != null && text.length() > 1000) {
            throw BusinessRuleException.invalid("assessment.error.noteTooLong", 1000);
        }
        Survey survey = lock(id);
        survey.requireOpen();
        if (answers.existsBySurveyIdAndUnitId(id, actor.unitId())) {
            throw BusinessRuleException.conflict("assessment.survey.error.alreadyAnswered", actor.unitName());
        }
        SurveyAnswer answer = answers.save(new SurveyAnswer(id, actor.unitId(), actor.unitName(), satisfaction, text,
                actor.username(), clock.instant()));
        audit.record("assessment.survey.answer", AUDIT_TYPE, id, null,
                "unit=" + actor.unitName() + ", satisfaction=" + satisfaction);
        return view(survey, answer.toView());
    }

    /** For the DEC, finance and auditors: every survey with its tally; for a unit: the surveys with its own answer. */
    @Transactional(readOnly = true)
    public List<SurveyView> list(Actor actor) {
        if (AssessmentAccess.readsAll(actor)) {
            return surveys.findAllByOrderByIdDesc().stream().map(s -> view(s, null)).toList();
        }
        AssessmentAccess.requireUnitMember(actor);
        return surveys.findAllByOrderByIdDesc().stream()
                .map(s -> unitView(s, answers.findBySurveyIdAndUnitId(s.getId(), actor.unitId())
                        .map(SurveyAnswer::toView).orElse(null)))
                .filter(v -> v.status() == Survey.Status.OPEN || v.myAnswer() != null)
                .toList();
    }

    @Transactional(readOnly = true)
    public SurveyResults results(Actor actor, Long id) {
        AssessmentAccess.requireOverseer(actor);
        Survey survey = surveys.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        return new SurveyResults(view(survey, null),
                answers.findBySurveyIdOrderByIdAsc(id).stream().map(SurveyAnswer::toView).toList());
    }

    private Survey lock(Long id) {
        return surveys.lockById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private SurveyView view(Survey s, SurveyAnswerView mine) {
        List<SurveyAnswer> all = answers.findBySurveyIdOrderByIdAsc(s.getId());
        return new SurveyView(s.getId(), s.getCoveredPeriod(), s.getTitle(), s.getStatus(), s.getOpenedBy(),
                s.getOpenedAt(), s.getClosedAt(), count(all, Satisfaction.UNSATISFIED), count(all, Satisfaction.SATISFIED),
                count(all, Satisfaction.VERY_SATISFIED), mine);
    }

    /** A unit sees its own answer, not the others' tally. */
    private SurveyView unitView(Survey s, SurveyAnswerView mine) {
        return new SurveyView(s.getId(), s.getCoveredPeriod(), s.getTitle(), s.getStatus(), s.getOpenedBy(),
                s.getOpenedAt(), s.getClosedAt(), 0, 0, 0, mine);
    }

    private static long count(List<SurveyAnswer> all, Satisfaction satisfaction) {
        return all.stream().filter(a -> a.getSatisfaction() == satisfaction).count();
    }
}
