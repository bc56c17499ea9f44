package cn.gov.dehong.cloud.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: the vendor assessment benchmark of issue 7, run only by
 * {@code ./mvnw -Pbenchmark test -Dtest=AssessmentBenchmark} on the profile's scratch PostgreSQL database. Generates
 * three years (2023–2025) of province-scale records with {@code INSERT … SELECT generate_series} — tickets (first
 * response, rating), the processes' steps (vendor and others), incidents on service instances — and survey answers,
 * ANALYZEs, then computes the yearly assessment of 2025 (gathering the inputs through the modules' public queries and
 * scoring them) 20 times and prints p50/p95/max. Sizes: {@code -Dbench.instances=100000 -Dbench.tickets=300000
 * -Dbench.steps=150000 -Dbench.incidents=15000 -Dbench.answers=10000}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true", disabledReason = "run with ./mvnw -Pbenchmark test -Dtest=AssessmentBenchmark")
@SpringBootTest(properties = {"dehong.billing.cron=-"})
class AssessmentBenchmark {

    private static final String SPAN = "timestamp with time zone '2023-01-01 00:00:00+08' + g * interval '1 second' * %d";

    @Autowired JdbcTemplate jdbc;
    @Autowired AssessmentService assessments;
    @Autowired RuleVersionRepository rules;

    @Test
    void assessAYearOfAProvince() {
        int instances = Integer.getInteger("bench.instances", 100_000);
        int tickets = Integer.getInteger("bench.tickets", 300_000);
        int steps = Integer.getInteger("bench.steps", 150_000);
        int incidents = Integer.getInteger("bench.incidents", 15_000);
        int answers = Integer.getInteger("bench.answers", 10_000);
        long threeYears = 3L * 365 * 86_400;

        long t0 = System.nanoTime();
        jdbc.update(("insert into sub_service_instance (code, application_id, unit_id, unit_name, product_id, product_name,"
                + " zone, quantity, status) select 'BI-' || g, 900000000 + g, 1 + g %% 10000, '基准单位', 1,"
                + " (array['弹性云主机','云数据库','对象存储','负载均衡','弹性块存储'])[1 + g %% 5], 'PRIVATE', 1, 'ACTIVE'"
                + " from generate_series(1, %d) g").formatted(instances));
        jdbc.update(("insert into ops_ticket (code, instance_id, instance_code, product_name, unit_id, unit_name, severity,"
                + " title, description, status, reported_by, reported_at, sla_basis, response_target_minutes,"
                + " resolution_target_minutes, response_due_at, resolution_due_at, acknowledged_at, acknowledged_by,"
                + " response_minutes, satisfaction, closed_at)"
                + " select 'BT-' || g, g %% %d, 'BI-' || (g %% %d), '弹性云主机', 1 + g %% 10000, '基准单位', 'HIGH', '基准工单',"
                + " '基准', 'CLOSED', 'bench', t, 'WORKING_HOURS', 120, 480, t + interval '2 hours', t + interval '8 hours',"
                + " t + (g %% 180) * interval '1 minute', 'vendor', g %% 180,"
                + " (array['UNSATISFIED','SATISFIED','VERY_SATISFIED'])[1 + g %% 3], t + interval '1 day'"
                + " from (select g, " + SPAN + " as t from generate_series(1, %d) g) x")
                .formatted(instances, instances, threeYears / tickets, tickets));
        jdbc.update(("insert into app_step (task_id, subject_key, subject_code, subject_title, unit_id, unit_name, step_key,"
                + " candidate_group, started_at, due_at, due_date, completed_at, completed_by)"
                + " select 'bench-' || g, 'A-' || g, 'SQ-' || g, '基准申请', 1 + g %% 10000, '基准单位',"
                + " (array['vendorKickoff','vendorChange','vendorDecommission','acceptance','decReview'])[1 + g %% 5],"
                + " case when g %% 5 < 3 then 'VENDOR_OPERATOR' else 'DEC_ACCEPTOR' end, t, t + interval '7 days',"
                + " cast(t + interval '7 days' as date), t + (g %% 10) * interval '1 day', 'bench'"
                + " from (select g, " + SPAN + " as t from generate_series(1, %d) g) x")
                .formatted(threeYears / steps, steps));
        jdbc.update(("insert into ops_incident (fingerprint, alert_name, severity, summary, mapping, instance_label,"
                + " starts_at, ends_at, received_at, last_seen_at)"
                + " select 'bf-' || g, 'BenchAlert', case when g %% 20 = 0 then 'critical' else 'warning' end, 'bench',"
                + " 'INSTANCE', 'BI-' || (1 + g %% %d), t, t + (g %% 120) * interval '1 minute', t, t"
                + " from (select g, " + SPAN + " as t from generate_series(1, %d) g) x")
                .formatted(instances, threeYears / incidents, incidents));
        jdbc.update("insert into ops_incident_unit (incident_id, unit_id, unit_name, instance_id, instance_code)"
                + " select i.id, s.unit_id, s.unit_name, s.id, s.code from ops_incident i"
                + " join sub_service_instance s on s.code = i.instance_label where i.fingerprint like 'bf-%'");
        for (int quarter = 1; quarter <= 4; quarter++) {
            jdbc.update("insert into asm_survey (covered_period, title, status, opened_by, opened_at) values (?, ?, 'CLOSED',"
                    + " 'bench', current_timestamp)", "2025Q" + quarter, "基准调查");
            jdbc.update(("insert into asm_survey_answer (survey_id, unit_id, unit_name, satisfaction, answered_by, answered_at)"
                    + " select (select id from asm_survey where covered_period = '2025Q%d'), 100000 + g, '基准单位',"
                    + " (array['UNSATISFIED','SATISFIED','VERY_SATISFIED'])[1 + g %% 3], 'bench', current_timestamp"
                    + " from generate_series(1, %d) g").formatted(quarter, answers));
        }
        for (String table : new String[] {"sub_service_instance", "ops_ticket", "app_step", "ops_incident",
                "ops_incident_unit", "asm_survey", "asm_survey_answer"}) {
            jdbc.execute("analyze " + table);
        }
        report("data set: %,d instances, %,d tickets, %,d process steps, %,d incidents over 2023–2025, %,d survey answers"
                + " per quarter of 2025; generated and analyzed in %.1f s", instances, tickets, steps, incidents, answers,
                (System.nanoTime() - t0) / 1e9);

        RuleVersion version = rules.findFirstByOrderByVersionNoDesc().orElseThrow();
        for (String label : new String[] {"2025", "2025Q4"}) {
            AssessmentPeriod period = AssessmentPeriod.parse(label);
            Instant now = period.to().plusSeconds(86_400);
            List<Double> millis = new ArrayList<>();
            ScoreBreakdown score = null;
            for (int run = 0; run < 21; run++) {
                long start = System.nanoTime();
                score = ScoringRules.score(version.getVersionNo(), version.rules(), assessments.inputs(period, now));
                if (run > 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            Collections.sort(millis);
            var r = score.responseFigures();
            report("assessment %s: %,d tickets + %,d vendor steps timed, %,d ratings, %,d survey answers, %,d incidents on %d"
                            + " service types; total %s; 20 runs p50 %.0f ms, p95 %.0f ms, max %.0f ms", label,
                    r.ticketCount(), r.stepCount(), score.satisfactionFigures().tickets().total(),
                    score.satisfactionFigures().survey().total(), score.qualityFigures().incidentCount(),
                    score.qualityFigures().serviceTypes().size(), score.total(), millis.get(9), millis.get(18),
                    millis.get(19));
            assertThat(r.ticketCount()).isPositive();
            assertThat(r.stepCount()).isPositive();
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("[assessment-benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
