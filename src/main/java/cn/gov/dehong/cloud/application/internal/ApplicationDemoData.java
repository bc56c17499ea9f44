package cn.gov.dehong.cloud.application.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.gov.dehong.cloud.application.ApplicationKind;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.catalog.ProductView;
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
 * Demo applications at every stage, made through the real services as the demo users would (so every one has its
 * steps, deadlines, notices and audit records): one in test, one under review, one waiting for acceptance, a
 * centralized one waiting for its aggregator, and an unfunded special one waiting for the county government.
 * Runs once, on an empty database, when {@code dehong.demo.enabled} and {@code dehong.demo.applications} are true
 * (the tests turn the latter off so that they start from an organisation without applications).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class ApplicationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDemoData.class);
    private static final byte[] SIZING_PLAN = "%PDF-1.4\n% 云服务资源测算方案（演示）\n".getBytes(StandardCharsets.UTF_8);

    private final ApplicationService applications;
    private final CampaignService campaigns;
    private final ApplicationRepository repository;
    private final CatalogManagement catalog;
    private final OrganizationDirectory organization;
    private final DemoUsers users;

    ApplicationDemoData(ApplicationService applications, CampaignService campaigns, ApplicationRepository repository,
                        CatalogManagement catalog, OrganizationDirectory organization, DemoUsers users) {
        this.applications = applications;
        this.campaigns = campaigns;
        this.repository = repository;
        this.catalog = catalog;
        this.organization = organization;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        try {
            LocalDate today = applications.today();
            var campaign = users.as("dec.reviewer", () -> campaigns.open(organization.currentActor(),
                    new CampaignService.CampaignInput(today.getYear() + 1, today.getYear() + 1 + "年度“德宏云”云服务集中申请",
                            today.minusDays(30), today.plusDays(60))));

            long testing = submitted("edu.applicant", ApplicationKind.SPECIAL, null, true, "德宏州教育资源公共服务平台",
                    PlatformZone.PUBLIC, line("弹性云主机", 4, 8, 100, 0, 2), line("关系型数据库", 4, 16, 200, 0, 1),
                    line("弹性块存储", 0, 0, 500, 0, 1));
            users.as("dec.acceptor", () -> applications.accept(organization.currentActor(), testing, new Decision(true, "材料齐全，需求合理")));
            users.as("dec.reviewer", () -> applications.review(organization.currentActor(), testing, review()));
            users.as("finance", () -> applications.review(organization.currentActor(), testing, review()));
            users.as("vendor", () -> applications.kickoff(organization.currentActor(), testing,
                    new KickoffInput(today, "先部署测试环境，验证后切换域名；数据库采用主备方式迁移", today),
                    ApplicationRules.TEST_PERIOD_DAYS));

            long underReview = submitted("tax.applicant", ApplicationKind.SPECIAL, null, true, "税务数据交换平台",
                    PlatformZone.PRIVATE, line("弹性云主机", 8, 16, 200, 0, 2), line("云备份", 0, 0, 0, 0, 500));
            users.as("dec.acceptor", () -> applications.accept(organization.currentActor(), underReview, new Decision(true, null)));
            users.as("finance", () -> applications.review(organization.currentActor(), underReview, review()));

            submitted("edu.applicant", ApplicationKind.SPECIAL, null, true, "州教育视频会议系统", PlatformZone.PRIVATE,
                    line("云桌面", 0, 0, 0, 0, 20));
            submitted("school.applicant", ApplicationKind.CENTRALIZED, campaign.id(), true, "智慧校园管理系统",
                    PlatformZone.PRIVATE, line("弹性云主机", 2, 4, 100, 0, 2));
            submitted("mangshi.edu.applicant", ApplicationKind.SPECIAL, null, false, "芒市教育督导信息系统",
                    PlatformZone.PRIVATE, line("弹性云主机", 2, 4, 50, 0, 1));
            log.info("Demo applications created");
        } catch (RuntimeException e) {
            log.warn("Demo applications not created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long submitted(String user, ApplicationKind kind, Long campaignId, boolean fundingSecured, String systemName,
                           PlatformZone zone, LineInput... lines) {
        return users.as(user, () -> {
            var actor = organization.currentActor();
            var draft = applications.createDraft(actor, new ApplicationDraft(kind, campaignId, systemName,
                    systemName + "：面向全州（县市）的业务应用系统，用户约 2000 人，日均访问 1 万人次",
                    "政务外网接入，应用与数据库分层部署，负载均衡双节点", "本级财政预算安排",
                    "业务办理、信息发布、统计分析", "年新增数据约 300GB", "并发 300，页面响应小于 2 秒", zone, fundingSecured,
                    true, List.of(lines)));
            applications.attachSizingPlan(actor, draft.id(), "云服务资源测算方案.pdf", SIZING_PLAN);
            applications.submit(actor, draft.id());
            return draft.id();
        });
    }

    private LineInput line(String productName, int vcpu, int memoryGb, int diskGb, int bandwidthMbps, int quantity) {
        ProductView product = catalog.products().stream().filter(p -> p.name().equals(productName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no product " + productName));
        return new LineInput(product.id(), vcpu, memoryGb, diskGb, bandwidthMbps, quantity);
    }

    private static ReviewInput review() {
        return new ReviewInput(true, "业务需要，符合集约化建设要求", "技术方案可行", "按等保三级部署，已声明不处理涉密信息",
                "全州共享", "产品类别和数量合理，费用按中标价格测算", null, "同意");
    }
}
