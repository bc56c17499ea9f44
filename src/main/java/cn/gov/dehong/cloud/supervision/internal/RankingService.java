package cn.gov.dehong.cloud.supervision.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.supervision.internal.SupervisionReport.UnitFigures;
import cn.gov.dehong.cloud.supervision.internal.SupervisionRules.Criterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ranking of units and counties under the weights in force, and the DEC's new weight versions. */
@Service
@Transactional
class RankingService {

    private final RankingWeightsRepository weights;
    private final SupervisionReports reports;
    private final SupervisionSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    RankingService(RankingWeightsRepository weights, SupervisionReports reports, SupervisionSettings settings,
                   AuditLog audit, Clock clock) {
        this.weights = weights;
        this.reports = reports;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    record WeightsInput(Integer adoption, Integer efficiency, Integer security, Integer training, String note) {
    }

    record WeightsView(int versionNo, int adoption, int efficiency, int security, int training, String note,
                       String createdBy, Instant createdAt) {
    }

    record Scores(BigDecimal adoption, BigDecimal efficiency, BigDecimal security, BigDecimal training) {
    }

    record RankRow(int rank, Long id, String name, Scores scores, BigDecimal total, UnitFigures figures) {
    }

    record Ranking(SupervisionReports.Period period, WeightsView weights, List<RankRow> units, List<RankRow> counties,
                   boolean empty) {
    }

    WeightsView define(Actor actor, WeightsInput input) {
        SupervisionAccess.requireDec(actor);
        Map<Criterion, Integer> values = SupervisionRules.weights(value(input.adoption()), value(input.efficiency()),
                value(input.security()), value(input.training()));
        String note = input.note() == null || input.note().isBlank() ? null
                : SupervisionAccess.text(input.note(), 500, "supervision.weights.error.note");
        int next = weights.findFirstByOrderByVersionNoDesc().map(RankingWeights::getVersionNo).orElse(0) + 1;
        RankingWeights saved;
        try {
            saved = weights.saveAndFlush(new RankingWeights(next, values, note, actor.username(), clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException concurrentDefine) {
            // another DEC user defined version {next} since the read above: the unique version number refuses it
            throw cn.gov.dehong.cloud.shared.BusinessRuleException.conflict("supervision.weights.error.concurrent",
                    next);
        }
        audit.record("supervision.weights.define", "RankingWeights", saved.getId(), null, saved.describe());
        return view(saved);
    }

    @Transactional(readOnly = true)
    WeightsView current() {
        return view(currentWeights());
    }

    @Transactional(readOnly = true)
    List<WeightsView> history() {
        return weights.findAllByOrderByVersionNoDesc().stream().map(RankingService::view).toList();
    }

    @Transactional(readOnly = true)
    Ranking ranking(Actor actor, SupervisionReports.Period period) {
        SupervisionAccess.requireSeesAll(actor);
        return ranking(period);
    }

    @Transactional(readOnly = true)
    Ranking ranking(SupervisionReports.Period period) {
        RankingWeights w = currentWeights();
        Map<Criterion, Integer> values = w.weights();
        SupervisionReport report = reports.compute(period, null, null, null, null);
        List<RankRow> units = rows(report.units(), values);
        List<RankRow> counties = rows(report.counties(), values);
        return new Ranking(period, view(w), units, counties, report.empty());
    }

    private List<RankRow> rows(List<UnitFigures> figures, Map<Criterion, Integer> values) {
        // by identity: hashing a record of sixteen fields, BigDecimals among them, for 10,000 units is not free
        Map<UnitFigures, Scores> scores = new java.util.IdentityHashMap<>();
        for (UnitFigures f : figures) {
            scores.put(f, scores(f));
        }
        return SupervisionRules.rank(figures, f -> SupervisionRules.total(values, map(scores.get(f))),
                        Comparator.comparing(UnitFigures::name, Comparator.nullsFirst(Comparator.naturalOrder())))
                .stream().map(r -> new RankRow(r.rank(), r.item().id(), r.item().name(), scores.get(r.item()),
                        r.total(), r.item())).toList();
    }

    Scores scores(UnitFigures f) {
        return new Scores(SupervisionRules.adoptionScore(f.adoptionRatio()),
                SupervisionRules.efficiencyScore(f.candidates(), f.measuredInstances()),
                SupervisionRules.securityScore(f.incidents(), f.openFindings(), f.overdueRectifications(),
                        f.suspensions(), settings.penalties()),
                SupervisionRules.trainingScore(f.trainingCoverage()));
    }

    private static Map<Criterion, BigDecimal> map(Scores s) {
        Map<Criterion, BigDecimal> map = new EnumMap<>(Criterion.class);
        map.put(Criterion.ADOPTION, s.adoption());
        map.put(Criterion.EFFICIENCY, s.efficiency());
        map.put(Criterion.SECURITY, s.security());
        map.put(Criterion.TRAINING, s.training());
        return map;
    }

    private RankingWeights currentWeights() {
        return weights.findFirstByOrderByVersionNoDesc()
                .orElseThrow(() -> new IllegalStateException("no ranking weights (V110_0 seeds version 1)"));
    }

    private static int value(Integer value) {
        if (value == null) {
            throw cn.gov.dehong.cloud.shared.BusinessRuleException.invalid("supervision.weights.error.range");
        }
        return value;
    }

    private static WeightsView view(RankingWeights w) {
        return new WeightsView(w.getVersionNo(), w.getAdoptionPct(), w.getEfficiencyPct(), w.getSecurityPct(),
                w.getTrainingPct(), w.getNote(), w.getCreatedBy(), w.getCreatedAt());
    }
}
