package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.application.VendorTimeliness;
import cn.gov.dehong.cloud.assessment.AssessmentResults;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.MeritLine;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.Tally;
import cn.gov.dehong.cloud.assessment.internal.ScoringRules.Inputs;
import cn.gov.dehong.cloud.assessment.internal.ScoringRules.Outage;
import cn.gov.dehong.cloud.assessment.internal.ScoringRules.Timeliness;
import cn.gov.dehong.cloud.assessment.internal.ScoreBreakdown.LateItem;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.billing.VendorPenalties;
import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.VendorServiceFigures;
import cn.gov.dehong.cloud.operations.VendorServiceFigures.TicketFigure;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Art. 31: creates, recomputes and signs off the vendor assessments, and links a result to a penalty (Art. 26). */
@Service
class AssessmentService implements AssessmentResults {

    static final String AUDIT_TYPE = "VendorAssessment";
    private static final int MAX_NOTE = 1000;

    private final AssessmentRepository assessments;
    private final RuleVersionRepository rules;
    private final MeritRepository merits;
    private final SurveyRepository surveys;
    private final SurveyAnswerRepository answers;
    private final VendorTimeliness timeliness;
    private final VendorServiceFigures figures;
    private final VendorPenalties penalties;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json;

    AssessmentService(AssessmentRepository assessments, RuleVersionRepository rules, MeritRepository merits,
                      SurveyRepository surveys, SurveyAnswerRepository answers, VendorTimeliness timeliness,
                      VendorServiceFigures figures, VendorPenalties penalties, AuditLog audit, Clock clock,
                      ObjectMapper json) {
        this.assessments = assessments;
        this.rules = rules;
        this.merits = merits;
        this.surveys = surveys;
        this.answers = answers;
        this.timeliness = timeliness;
        this.figures = figures;
        this.penalties = penalties;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    record PenaltyRequest(VendorPenalties.Kind kind, BigDecimal amount, String period, String reason) {
    }

    /** The period must have ended; one assessment per period; the rule version in force now applies to it for good. */
    @Transactional
    public AssessmentView create(Actor actor, String periodText) {
        AssessmentAccess.requireDec(actor);
        AssessmentPeriod period = AssessmentPeriod.parse(periodText);
        Instant now = clock.instant();
        if (period.to().isAfter(now)) {
            throw BusinessRuleException.invalid("assessment.error.periodNotEnded", period.label());
        }
        if (assessments.existsByPeriodLabel(period.label())) {
            throw BusinessRuleException.conflict("assessment.error.duplicate", period.label());
        }
        RuleVersion version = rules.findFirstByOrderByVersionNoDesc().orElseThrow();
        Assessment assessment = new Assessment(period, version.getId(), actor.username(), now);
        compute(assessment, version, now);
        try {
            assessments.saveAndFlush(assessment);
        } catch (DataIntegrityViolationException concurrentCreate) {
            // another DEC user created the same period since the check above: the unique period label refuses it
            throw BusinessRuleException.conflict("assessment.error.duplicate", period.label());
        }
        audit.record("assessment.create", AUDIT_TYPE, assessment.getId(), null, assessment.describe());
        return view(assessment);
    }

    /** A draft is computed again from the current records (late ratings, assigned incidents, new merits). */
    @Transactional
    public AssessmentView recompute(Actor actor, Long id) {
        AssessmentAccess.requireDec(actor);
        Assessment assessment = find(id);
        assessment.requireDraft();
        String before = assessment.describe();
        Instant now = clock.instant();
        compute(assessment, rules.findById(assessment.getRuleVersionId()).orElseThrow(), now);
        audit.record("assessment.recompute", AUDIT_TYPE, id, before, assessment.describe());
        return view(assessment);
    }

    @Transactional
    public AssessmentView signOff(Actor actor, Long id, String note) {
        AssessmentAccess.requireDec(actor);
        Assessment assessment = find(id);
        String before = assessment.describe();
        assessment.signOff(actor.username(), clock.instant(), clip(note));
        audit.record("assessment.signOff", AUDIT_TYPE, id, before, assessment.describe());
        return view(assessment);
    }

    /** A signed-off assessment is final: re-opening it is refused; a draft has nothing to re-open. */
    @Transactional(readOnly = true)
    public AssessmentView reopen(Actor actor, Long id) {
        AssessmentAccess.requireDec(actor);
        Assessment assessment = find(id);
        assessment.requireDraft();
        throw BusinessRuleException.conflict("assessment.error.notSignedOff", assessment.getPeriodLabel());
    }

    /** Art. 26: books a deduction or a payment hold in billing, referencing this signed-off assessment. */
    @Transactional
    public AssessmentView linkPenalty(Actor actor, Long id, PenaltyRequest request) {
        if (!AssessmentAccess.isDec(actor) && !actor.has(Role.FINANCE)) {
            throw BusinessRuleException.forbidden("error.forbidden");
        }
        Assessment assessment = find(id);
        String before = assessment.describe();
        if (request == null || request.kind() == null) {
            throw BusinessRuleException.invalid("assessment.error.penaltyKind");
        }
        assessment.requirePenaltyLinkable();
        Long penaltyId = penalties.recordPenalty(actor, request.period(), request.kind(), request.amount(),
                request.reason(), "供应商考核 " + assessment.getPeriodLabel() + " (#" + id + ")");
        assessment.linkPenalty(penaltyId, request.kind().name(), request.amount());
        audit.record("assessment.penalty", AUDIT_TYPE, id, before, assessment.describe());
        return view(assessment);
    }

    @Transactional(readOnly = true)
    public Page<AssessmentView> list(Actor actor, Pageable pageable) {
        AssessmentAccess.requireReader(actor);
        Page<Assessment> page = AssessmentAccess.readsAll(actor) ? assessments.findAll(pageable)
                : assessments.findByStatus(Assessment.Status.SIGNED_OFF, pageable);
        return page.map(this::view);
    }

    @Transactional(readOnly = true)
    public AssessmentView get(Actor actor, Long id) {
        AssessmentAccess.requireReader(actor);
        Assessment assessment = find(id);
        if (!AssessmentAccess.readsAll(actor) && assessment.getStatus() != Assessment.Status.SIGNED_OFF) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return view(assessment);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssessmentResult> signedOffOfYear(int year) {
        return assessments.findByStatusAndPeriodLabelStartingWithOrderByPeriodLabelAsc(Assessment.Status.SIGNED_OFF,
                        String.valueOf(year)).stream()
                .map(a -> new AssessmentResult(a.getId(), a.getPeriodLabel(), a.getTotalScore(), a.getGrade(),
                        a.getSignedOffAt()))
                .toList();
    }

    /** The inputs of a period, gathered from operations, application, surveys and merits. */
    Inputs inputs(AssessmentPeriod period, Instant now) {
        Instant from = period.from();
        Instant to = period.to();
        // counted in the database; only the first late tickets and steps travel as rows
        int listed = ScoringRules.MAX_LISTED;
        VendorServiceFigures.TicketResponses responses = figures.ticketResponses(from, to, now, listed);
        VendorTimeliness.StepTimeliness stepTimes = timeliness.stepTimeliness(from, to, now, listed);
        List<LateItem> late = new ArrayList<>();
        for (TicketFigure t : responses.firstLate()) {
            late.add(new LateItem("TICKET", t.code(), "firstResponse", t.responseDueAt(), t.acknowledgedAt()));
        }
        for (VendorTimeliness.VendorStep step : stepTimes.firstLate()) {
            if (late.size() >= listed) {
                break;
            }
            late.add(new LateItem("STEP", step.subjectCode(), step.stepKey(), step.dueAt(), step.completedAt()));
        }
        Timeliness timed = new Timeliness(Math.toIntExact(responses.counted()), Math.toIntExact(responses.onTime()),
                Math.toIntExact(stepTimes.counted()), Math.toIntExact(stepTimes.onTime()),
                Math.toIntExact(responses.pending() + stepTimes.pending()), late);
        long[] ratings = {responses.unsatisfied(), responses.satisfied(), responses.verySatisfied()};
        List<Long> surveyIds = surveys.findAll().stream()
                .filter(s -> period.covers(AssessmentPeriod.parse(s.getCoveredPeriod()))).map(Survey::getId).toList();
        Tally survey = surveyIds.isEmpty() ? new Tally(0, 0, 0) : new Tally(
                answers.countBySurveyIdInAndSatisfaction(surveyIds, Satisfaction.UNSATISFIED),
                answers.countBySurveyIdInAndSatisfaction(surveyIds, Satisfaction.SATISFIED),
                answers.countBySurveyIdInAndSatisfaction(surveyIds, Satisfaction.VERY_SATISFIED));
        List<Outage> outages = figures.incidents(from, to).stream()
                .map(i -> new Outage(i.id(), i.severity(), i.serviceTypes(), i.startsAt(), i.endsAt())).toList();
        List<MeritLine> meritLines = merits.findByAwardedOnGreaterThanEqualAndAwardedOnLessThanOrderByAwardedOnAscIdAsc(
                        period.startsOn(), period.endsBefore()).stream()
                .map(Merit::toView)
                .map(m -> new MeritLine(m.id(), m.title(), m.kind().name(), m.points()))
                .toList();
        return new Inputs(from, to, now, timed, new Tally(ratings[0], ratings[1], ratings[2]), survey, outages,
                meritLines);
    }

    private void compute(Assessment assessment, RuleVersion version, Instant now) {
        ScoreBreakdown score = ScoringRules.score(version.getVersionNo(), version.rules(),
                inputs(assessment.period(), now));
        try {
            assessment.computed(score, json.writeValueAsString(score), now);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private Assessment find(Long id) {
        return assessments.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    AssessmentView view(Assessment a) {
        ScoreBreakdown breakdown;
        try {
            breakdown = json.readValue(a.getBreakdown(), ScoreBreakdown.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
        return new AssessmentView(a.getId(), a.getPeriodLabel(), a.getPeriodKind(), a.getStartsOn(),
                a.getEndsBefore().minusDays(1), a.getStatus().name(), breakdown.ruleVersion(), a.getTotalScore(),
                a.getGrade(), breakdown, a.getComputedAt(), a.getCreatedBy(), a.getCreatedAt(), a.getSignedOffBy(),
                a.getSignedOffAt(), a.getSignOffNote(), a.getPenaltyId(), a.getPenaltyKind(), a.getPenaltyAmount(),
                a.getVersion());
    }

    private static String clip(String note) {
        String trimmed = note == null ? null : note.trim();
        if (trimmed != null && trimmed.length() > MAX_NOTE) {
            throw BusinessRuleException.invalid("assessment.error.noteTooLong", MAX_NOTE);
        }
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }
}
