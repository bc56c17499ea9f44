package cn.gov.dehong.cloud.project.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
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
 * Demo standalone projects (自建项目) made through {@link ProjectService} as the demo users would: one approved by the
 * government, one waiting for the government, one under review. Runs once, when the project tables are empty, after
 * the demo applications and only when {@code dehong.demo.enabled} and {@code dehong.demo.applications} are true (the
 * tests turn the latter off).
 */
@Component
@Order(42)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class ProjectDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectDemoData.class);
    private static final byte[] PLAN = "%PDF-1.4\n% 项目建设方案（演示）\n".getBytes(StandardCharsets.UTF_8);

    private final ProjectService projects;
    private final ProjectRepository repository;
    private final OrganizationDirectory organization;
    private final DemoUsers users;
    private final Clock clock;

    ProjectDemoData(ProjectService projects, ProjectRepository repository, OrganizationDirectory organization,
                    DemoUsers users, Clock clock) {
        this.projects = projects;
        this.repository = repository;
        this.organization = organization;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
            long approved = submit("edu.applicant", "德宏州教育考试安全监控平台", "国家教育考试标准化考点建设要求视频监控、身份核验需本地部署，涉及考试保密要求，不宜上云",
                    "全州 42 个标准化考点的视频巡查、身份核验与指挥调度", new BigDecimal("1860000.00"), today.plusMonths(5));
            opinions(approved, true);
            users.as("gov.approver", () -> projects.decide(organization.currentActor(), approved, true,
                    "同意建设，建成后运行数据按月报送数发中心"));

            long waiting = submit("tax.applicant", "德宏州税务涉税数据专线改造项目", "总局统一部署的专线设备须在本地机房运行，云平台无法提供同等网络隔离",
                    "州局至五县市分局专线设备更新及配套机房改造", new BigDecimal("735000.00"), today.plusMonths(3));
            opinions(waiting, true);

            submit("mangshi.edu.applicant", "芒市中小学智慧教室建设项目", "录播教室设备需部署在校内，云上带宽无法满足实时录播",
                    "芒市 18 所中小学智慧教室录播系统及本地存储", new BigDecimal("428500.00"), today.plusMonths(4));
            log.info("Demo standalone projects created");
        } catch (RuntimeException e) {
            log.warn("Demo standalone projects not created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long submit(String user, String title, String justification, String scope, BigDecimal budget,
                        LocalDate goLive) {
        return users.as(user, () -> projects.submit(organization.currentActor(),
                new ProjectRules.ProjectInput(title, justification, scope, budget, goLive),
                new ProjectRules.FileInput("项目建设方案.pdf", PLAN), List.of()).id());
    }

    private void opinions(long id, boolean supported) {
        users.as("dec.reviewer", () -> projects.giveOpinion(organization.currentActor(), id, supported,
                "经评估确需自建，建议压缩存储规模，运行数据接入云平台监测"));
        users.as("finance", () -> projects.giveOpinion(organization.currentActor(), id, supported,
                "预算测算依据充分，资金从本级财政专项安排"));
    }
}
