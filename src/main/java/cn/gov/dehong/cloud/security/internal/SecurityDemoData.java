package cn.gov.dehong.cloud.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.catalog.PlatformZone;
import cn.gov.dehong.cloud.organization.DemoUsers;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.security.AccessAction;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo security data made through the module's services as the units, the vendor and the security department would:
 * application systems on and off the cloud (responsible persons, websites, a planned migration or end of life), an
 * inspection with findings, security incidents and access grants. Runs after the demo applications (the on-cloud
 * system uses the instances of the demo application in test), once, when no application system exists, only when
 * {@code dehong.demo.enabled} and {@code dehong.demo.applications} are true (the tests turn the latter off).
 */
@Component
@Order(40)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class SecurityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecurityDemoData.class);

    private final SystemService systems;
    private final ApplicationSystemRepository systemRepository;
    private final InspectionService inspections;
    private final SecurityIncidentService incidents;
    private final AccessService access;
    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final DemoUsers users;
    private final Clock clock;

    SecurityDemoData(SystemService systems, ApplicationSystemRepository systemRepository, InspectionService inspections,
                     SecurityIncidentService incidents, AccessService access, SubscriptionManagement subscriptions,
                     OrganizationDirectory organization, DemoUsers users, Clock clock) {
        this.systems = systems;
        this.systemRepository = systemRepository;
        this.inspections = inspections;
        this.incidents = incidents;
        this.access = access;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (systemRepository.count() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
            Instant now = clock.instant();
            List<ServiceInstanceView> eduInstances = users.as("edu.applicant", () -> subscriptions.search(
                    organization.scopeOf(organization.currentActor()),
                    new ServiceInstanceQuery(organization.currentActor().unitId(), null, null, null),
                    PageRequest.of(0, 20)).getContent());

            Long portal;
            if (eduInstances.isEmpty()) {
                portal = create("edu.applicant", system("德宏州教育资源公共服务平台", "全州中小学优质教育资源共享、在线备课和教学应用",
                        PlatformZone.PUBLIC, List.of(), false, today.plusMonths(2), null, true, "www.dhjy.gov.cn",
                        "滇ICP备12003456号-1", today.plusYears(2), true, true, "张华", "0692-2121001", "李明",
                        "0692-2121002", "王晓燕", "0692-2121003"));
            } else {
                portal = create("edu.applicant", system("德宏州教育资源公共服务平台", "全州中小学优质教育资源共享、在线备课和教学应用",
                        PlatformZone.PUBLIC, eduInstances.stream().map(ServiceInstanceView::id).toList(), true, null,
                        null, true, "www.dhjy.gov.cn", "滇ICP备12003456号-1", today.plusYears(2), true, true, "张华",
                        "0692-2121001", "李明", "0692-2121002", "王晓燕", "0692-2121003"));
            }
            users.as("edu.applicant", () -> systems.recordScan(organization.currentActor(), portal,
                    new SystemService.ScanInput(today.minusDays(6), "高危 0，中危 1（jQuery 版本过低），低危 4")));
            users.as("edu.applicant", () -> systems.declare(organization.currentActor(), portal));

            Long video = create("edu.applicant", system("德宏州教育视频会议系统", "州县两级教育系统视频会议、远程教研",
                    PlatformZone.PRIVATE, List.of(), false, today.plusMonths(3), null, false, null, null, null, false,
                    false, "张华", "0692-2121001", "李明", "0692-2121002", null, null));
            create("tax.applicant", system("德宏州税务数据交换平台", "与州级部门交换涉税数据（不动产、工商登记、社保）",
                    PlatformZone.PRIVATE, List.of(), false, today.plusMonths(4), null, false, null, null, null, false,
                    false, "赵敏", "0692-2216010", "段志强", "0692-2216011", "闷永红", "0692-2216012"));
            Long mangshiSite = create("mangshi.edu.applicant", system("芒市教育体育局政务服务网站",
                    "政务公开、招生入学信息发布和办事指南", PlatformZone.PUBLIC, List.of(), false, null,
                    today.plusMonths(5), true, "jyj.dhms.gov.cn", "滇ICP备15007788号-2", today.minusDays(20), false,
                    false, "岳芳", "0692-2288123", "刀成", "0692-2288124", null, null));
            users.as("mangshi.edu.applicant", () -> systems.declare(organization.currentActor(), mangshiSite));
            create("school.applicant", system("德宏州民族第一中学智慧校园管理系统", "排课选课、学籍、家校通知",
                    PlatformZone.PRIVATE, List.of(), false, today.plusMonths(6), null, false, null, null, null, false,
                    false, "杨丽", "0692-2135066", null, null, null, null));

            // the units kept this inventory before the platform: registered six months ago (the supervision reports
            // of past months count it)
            Instant registered = today.withDayOfMonth(1).minusMonths(6).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
            List<ApplicationSystem> inventory = systemRepository.findAll();
            inventory.forEach(s -> s.registeredSince(registered));
            systemRepository.saveAll(inventory);

            // the CAC's inspection two months ago with the public security bureau
            var inspection = users.as("security", () -> inspections.plan(organization.currentActor(),
                    new InspectionService.InspectionInput("德宏州政务网站及云上系统网络安全专项检查",
                            today.minusMonths(2), List.of(portal, mangshiSite, video),
                            Set.of(Inspection.Department.PUBLIC_SECURITY))));
            users.as("security", () -> inspections.record(organization.currentActor(), inspection.id(),
                    new InspectionService.FindingInput(mangshiSite, Finding.Risk.MEDIUM,
                            "网站未部署网页防篡改，后台管理页面可从互联网访问，ICP 备案即将到期")));
            var low = users.as("security", () -> inspections.record(organization.currentActor(), inspection.id(),
                    new InspectionService.FindingInput(portal, Finding.Risk.LOW,
                            "部分前端组件版本过低（jQuery 1.12），存在已知中危漏洞")));
            users.as("edu.applicant", () -> inspections.submitRectification(organization.currentActor(), low.id(),
                    new InspectionService.RectificationInput(low.version(), "已升级 jQuery 至 3.7.1 并复扫，无中高危漏洞")));

            users.as("vendor", () -> incidents.record(organization.currentActor(), new SecurityIncidentService.IncidentInput(
                    SecurityIncident.Scope.CLOUD, null, SecurityIncident.Severity.GENERAL,
                    now.minus(Duration.ofDays(41)).minus(Duration.ofHours(5)), "互联网区边界遭受大规模端口扫描及暴力破解",
                    "境外多个 IP 对互联网区 SSH、RDP 端口持续扫描并尝试弱口令登录",
                    "未造成入侵，边界防火墙会话数短时升高，业务无中断",
                    "封禁来源 IP 段，开启登录失败锁定，全面核查弱口令", false)));
            users.as("mangshi.edu.applicant", () -> incidents.record(organization.currentActor(),
                    new SecurityIncidentService.IncidentInput(SecurityIncident.Scope.SYSTEM, mangshiSite,
                            SecurityIncident.Severity.SIGNIFICANT, now.minus(Duration.ofDays(76)),
                            "芒市教育体育局政务服务网站首页被植入暗链", "内容管理系统旧版本存在文件上传漏洞",
                            "首页被植入博彩类暗链约 6 小时，经网信办通报后发现", "下线整改、清除暗链、升级 CMS 并部署防篡改，已向网信办报告",
                            false)));

            if (!eduInstances.isEmpty()) {
                Long instance = eduInstances.get(0).id();
                var grant = users.as("vendor", () -> access.request(organization.currentActor(),
                        new AccessService.GrantRequest(instance, "测试环境数据库主备切换验证，检查慢查询日志",
                                EnumSet.of(AccessAction.READ, AccessAction.MODIFY), now, now.plus(Duration.ofDays(7)))));
                users.as("edu.leader", () -> access.approve(organization.currentActor(), grant.id(),
                        new AccessService.Decision(grant.version(), null)));
                users.as("vendor", () -> access.request(organization.currentActor(),
                        new AccessService.GrantRequest(instance, "导出测试期间运行日志用于上线前性能评估",
                                EnumSet.of(AccessAction.EXPORT), now.plus(Duration.ofDays(2)),
                                now.plus(Duration.ofDays(4)))));
            }
            log.info("Demo security data created");
        } catch (RuntimeException e) {
            log.warn("Demo security data not created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static SystemService.SystemInput system(String name, String purpose, PlatformZone zone, List<Long> instances,
                                                    boolean onCloud, LocalDate migration, LocalDate endOfLife,
                                                    boolean website, String domain, String icp, LocalDate icpExpires,
                                                    boolean tamper, boolean scanning, String admin, String adminPhone,
                                                    String secrecy, String secrecyPhone, String auditor,
                                                    String auditorPhone) {
        return new SystemService.SystemInput(name, purpose, zone, instances, onCloud, migration, endOfLife, website,
                new SystemService.PersonInput(admin, adminPhone), new SystemService.PersonInput(secrecy, secrecyPhone),
                new SystemService.PersonInput(auditor, auditorPhone), domain, icp, icpExpires, tamper, scanning);
    }

    private Long create(String user, SystemService.SystemInput input) {
        return users.as(user, () -> systems.create(organization.currentActor(), input).id());
    }
}
