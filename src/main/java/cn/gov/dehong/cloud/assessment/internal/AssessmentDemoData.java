package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.organization.DemoUsers;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo vendor assessment data made through the module's services as the DEC and the units would: a revised rules
 * version, a merit with its evidence, the satisfaction survey of the previous quarter with the units' answers and the
 * draft assessment of that quarter. Runs after the operations demo data (its ratings and incidents count), once, when
 * no survey exists, only when {@code dehong.demo.enabled} and {@code dehong.demo.applications} are true (the tests
 * turn the latter off).
 */
@Component
@Order(46)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class AssessmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);
    private static final byte[] EVIDENCE = "%PDF-1.4\n% 表彰文件（演示）\n".getBytes(StandardCharsets.UTF_8);

    private final SurveyService surveys;
    private final SurveyRepository surveyRepository;
    private final MeritService merits;
    private final RuleService rules;
    private final AssessmentService assessments;
    private final OrganizationDirectory organization;
    private final DemoUsers users;
    private final Clock clock;

    AssessmentDemoData(SurveyService surveys, SurveyRepository surveyRepository, MeritService merits, RuleService rules,
                       AssessmentService assessments, OrganizationDirectory organization, DemoUsers users,
                       Clock clock) {
        this.surveys = surveys;
        this.surveyRepository = surveyRepository;
        this.merits = merits;
        this.rules = rules;
        this.assessments = assessments;
        this.organization = organization;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (surveyRepository.count() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(AssessmentPeriod.ZONE));
            LocalDate previousQuarter = today.minusMonths(3);
            String period = previousQuarter.getYear() + "Q" + ((previousQuarter.getMonthValue() - 1) / 3 + 1);

            users.as("dec.reviewer", () -> {
                RuleSet current = rules.current(organization.currentActor()).rules();
                return rules.publish(organization.currentActor(), current,
                        "按州数发中心考核工作会议意见，" + today.getYear() + " 年起继续沿用本细则，满意度调查纳入季度考核");
            });
            users.as("dec.reviewer", () -> merits.record(organization.currentActor(), new MeritService.MeritInput(
                    today.minusMonths(2).withDayOfMonth(15), Merit.Kind.AWARD, "“德宏云”防汛保障期间连续无故障运行",
                    "汛期 7–8 月全州政务系统零中断，州数发中心通报表扬", new BigDecimal("3.00")),
                    new MeritService.Evidence("表扬通报.pdf", EVIDENCE)));
            var survey = users.as("dec.reviewer", () -> surveys.open(organization.currentActor(), period,
                    period + " “德宏云”服务满意度调查"));
            answer("edu.applicant", survey.id(), Satisfaction.VERY_SATISFIED, "资源开通及时，值班电话响应快");
            answer("tax.applicant", survey.id(), Satisfaction.SATISFIED, "专线切换期间沟通充分");
            answer("mangshi.edu.applicant", survey.id(), Satisfaction.SATISFIED, null);
            answer("school.applicant", survey.id(), Satisfaction.UNSATISFIED, "工单处理偏慢，希望提供上门服务");
            users.as("dec.reviewer", () -> surveys.close(organization.currentActor(), survey.id()));
            users.as("dec.reviewer", () -> assessments.create(organization.currentActor(), period));
            log.info("Demo assessment data created");
        } catch (RuntimeException e) {
            log.warn("Demo assessment data not created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void answer(String user, Long surveyId, Satisfaction satisfaction, String comment) {
        users.as(user, () -> surveys.answer(organization.currentActor(), surveyId, satisfaction, comment));
    }
}
