package cn.gov.dehong.cloud.operations.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.operations.DrillKind;
import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketSeverity;
import cn.gov.dehong.cloud.organization.DemoUsers;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
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
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo operations data made through the module's services as the vendor and the units would: the duty roster, the
 * monthly security bulletins of the last three months, a planned emergency drill, tickets at every stage (two
 * resolved and rated), monitoring incidents received through the Alertmanager webhook path, and the daily
 * utilisation aggregates of every demo instance since its test started (the school's database over-provisioned, the
 * county unit's host idle). Utilisation has no write API (the daily job reads
 * it from Prometheus), so it is written with the module's own INSERT into {@code ops_utilisation_daily}. Runs after
 * the demo applications and the security demo data, once, when there is no ticket, only when
 * {@code dehong.demo.enabled} and {@code dehong.demo.applications} are true (the tests turn the latter off).
 */
@Component
@Order(41)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class OperationsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperationsDemoData.class);
    private static final int UTILISATION_DAYS = 200;

    private final TicketService tickets;
    private final TicketRepository ticketRepository;
    private final DutyRoster duty;
    private final BulletinService bulletins;
    private final DrillService drills;
    private final IncidentService incidents;
    private final SubscriptionManagement subscriptions;
    private final OrganizationDirectory organization;
    private final DemoUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OperationsDemoData(TicketService tickets, TicketRepository ticketRepository, DutyRoster duty,
                       BulletinService bulletins, DrillService drills, IncidentService incidents,
                       SubscriptionManagement subscriptions, OrganizationDirectory organization,
                       DemoUsers users, JdbcTemplate jdbc, Clock clock) {
        this.tickets = tickets;
        this.ticketRepository = ticketRepository;
        this.duty = duty;
        this.bulletins = bulletins;
        this.drills = drills;
        this.incidents = incidents;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (ticketRepository.count() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
            Instant now = clock.instant();
            List<ServiceInstanceView> eduInstances = users.as("edu.applicant", () -> subscriptions.search(
                    organization.scopeOf(organization.currentActor()),
                    new ServiceInstanceQuery(organization.currentActor().unitId(), null, null, null),
                    PageRequest.of(0, 20)).getContent());

            // duty roster: today's 24-hour shift and the next two
            LocalDateTime shiftStart = today.atTime(LocalTime.of(8, 30));
            String[][] people = {{"孙涛", "13908821001"}, {"尹志刚", "13908821002"}, {"线蕊", "13908821003"}};
            for (int i = 0; i < people.length; i++) {
                LocalDateTime start = shiftStart.plusDays(i);
                String[] person = people[i];
                users.as("vendor", () -> duty.publish(organization.currentActor(), new DutyRoster.ShiftInput(person[0],
                        person[1], start, start.plusDays(1), "7×24 值班，故障请拨打值班电话或在平台报工单")));
            }

            // the monthly security bulletins of the last three months
            for (int back = 3; back >= 1; back--) {
                YearMonth month = YearMonth.from(today).minusMonths(back);
                users.as("vendor", () -> bulletins.publish(organization.currentActor(), new BulletinService.BulletinInput(
                        month, month.getYear() + "年" + month.getMonthValue() + "月“德宏云”安全公告",
                        "本月平台运行总体平稳。监测到针对互联网区的扫描攻击 " + (1200 + month.getMonthValue() * 37)
                                + " 次，均已阻断；发布操作系统高危漏洞补丁 3 个，请各单位在测试环境验证后于 5 个工作日内完成修复；"
                                + "请各单位及时更新弱口令并核查账号权限。"), null));
            }

            // an emergency drill in ten days
            LocalDateTime drillStart = today.plusDays(10).atTime(LocalTime.of(20, 0));
            Long edu = eduInstances.isEmpty() ? null : eduInstances.get(0).unitId();
            Long tax = users.as("tax.applicant", () -> organization.currentActor().unitId());
            Long mangshiEdu = users.as("mangshi.edu.applicant", () -> organization.currentActor().unitId());
            List<Long> drillUnits = new ArrayList<>(List.of(tax, mangshiEdu));
            if (edu != null) {
                drillUnits.add(edu);
            }
            var drill = users.as("vendor", () -> drills.plan(organization.currentActor(), new DrillService.DrillInput(
                    DrillKind.EMERGENCY, "政务外网区数据库主备切换应急演练",
                    "模拟主数据库节点宕机，验证自动切换、业务恢复时间（RTO ≤ 30 分钟）及数据一致性", drillStart,
                    drillStart.plusHours(3), drillUnits, true)));
            users.as("tax.applicant", () -> drills.acknowledge(organization.currentActor(), drill.id()));

            if (!eduInstances.isEmpty()) {
                ServiceInstanceView host = eduInstances.get(0);
                ServiceInstanceView database = eduInstances.size() > 1 ? eduInstances.get(1) : host;
                var rated = report(host, TicketSeverity.MEDIUM, "云主机磁盘空间告警",
                        "教育资源平台应用服务器 /data 分区使用率超过 85%，请协助扩容或清理日志");
                users.as("vendor", () -> tickets.acknowledge(organization.currentActor(), rated, "已收到，正在排查"));
                users.as("vendor", () -> tickets.start(organization.currentActor(), rated, "清理 30 天前的应用日志"));
                users.as("vendor", () -> tickets.resolve(organization.currentActor(), rated,
                        "已清理历史日志并配置 logrotate，/data 使用率降至 41%"));
                users.as("edu.applicant", () -> tickets.confirm(organization.currentActor(), rated,
                        Satisfaction.VERY_SATISFIED, "响应及时"));

                var second = report(database, TicketSeverity.HIGH, "数据库连接数耗尽导致页面超时",
                        "上午 9 点起平台登录缓慢，数据库连接数达到上限");
                users.as("vendor", () -> tickets.acknowledge(organization.currentActor(), second, "值班工程师已介入"));
                users.as("vendor", () -> tickets.resolve(organization.currentActor(), second,
                        "调整连接池上限并终止长事务，已恢复"));
                users.as("edu.applicant", () -> tickets.confirm(organization.currentActor(), second, Satisfaction.SATISFIED,
                        null));

                var working = report(host, TicketSeverity.LOW, "申请开通测试环境 VPN 账号",
                        "为教育资源平台开发人员开通 2 个 VPN 账号用于测试");
                users.as("vendor", () -> tickets.acknowledge(organization.currentActor(), working, "本周内开通"));
                report(database, TicketSeverity.MEDIUM, "数据库备份策略确认", "请确认每日全量备份的保留天数及恢复演练安排");

                // monitoring: one recovered alert and one still firing, as Alertmanager would post them
                Instant firstStart = now.minus(Duration.ofDays(18)).minus(Duration.ofHours(3));
                incidents.receive(alert("firing", "InstanceHighCpu", "critical", host.code(), "demo-cpu-"
                        + host.code(), "CPU 使用率持续 10 分钟超过 95%", firstStart, null));
                incidents.receive(alert("resolved", "InstanceHighCpu", "critical", host.code(), "demo-cpu-"
                        + host.code(), "CPU 使用率持续 10 分钟超过 95%", firstStart,
                        firstStart.plus(Duration.ofMinutes(47))));
                incidents.receive(alert("firing", "DiskWillFillIn24Hours", "warning", database.code(), "demo-disk-"
                        + database.code(), "磁盘预计 24 小时内写满", now.minus(Duration.ofHours(2)), null));
            }
            // daily utilisation of every demo instance since its test started: the school's hosts busy, its database
            // over-provisioned (CPU p95 about 15 %), the county unit's host idle (CPU p95 about 3 %)
            List<ServiceInstanceView> school = unitInstances("school.applicant");
            List<ServiceInstanceView> mangshi = unitInstances("mangshi.edu.applicant");
            List<Object[]> rows = new ArrayList<>();
            Random random = new Random(20260101L);
            eduInstances.forEach(instance -> utilisation(rows, random, instance, Profile.BUSY, today, now));
            for (int i = 0; i < school.size(); i++) {
                Profile profile = i == school.size() - 1 && school.size() > 1 ? Profile.OVER : Profile.BUSY;
                utilisation(rows, random, school.get(i), profile, today, now);
            }
            mangshi.forEach(instance -> utilisation(rows, random, instance, Profile.IDLE, today, now));
            jdbc.batchUpdate("insert into ops_utilisation_daily (instance_id, instance_code, unit_id, metric, "
                    + "sample_date, sample_count, utilisation_avg, utilisation_p95, utilisation_max, collected_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            log.info("Demo operations data created");
        } catch (RuntimeException e) {
            log.warn("Demo operations data not created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Long report(ServiceInstanceView instance, TicketSeverity severity, String title, String description) {
        return users.as("edu.applicant", () -> tickets.report(organization.currentActor(),
                new TicketService.TicketInput(instance.id(), null, severity, title, description)).ticket().id());
    }

    private static AlertPayload alert(String status, String name, String severity, String instanceCode,
                                      String fingerprint, String summary, Instant startsAt, Instant endsAt) {
        return new AlertPayload("4", status, "dehong", List.of(new AlertPayload.Alert(status,
                Map.of("alertname", name, "severity", severity, "instance_id", instanceCode),
                Map.of("summary", summary), startsAt, endsAt, fingerprint)));
    }

    /** The instances of the user's unit, oldest first. */
    private List<ServiceInstanceView> unitInstances(String username) {
        return users.as(username, () -> subscriptions.search(organization.scopeOf(organization.currentActor()),
                new ServiceInstanceQuery(organization.currentActor().unitId(), null, null, null),
                PageRequest.of(0, 20, Sort.by("id"))).getContent());
    }

    /** How busy a demo instance is: base utilisation per metric and the spread added at random each day. */
    private enum Profile {
        BUSY, OVER, IDLE;

        double base(UtilisationMetric metric, int daysAgo) {
            return switch (this) {
                case IDLE -> 0.02;
                case OVER -> switch (metric) {
                    case CPU -> 0.08;
                    case MEMORY -> 0.45;
                    case DISK -> 0.35;
                };
                case BUSY -> switch (metric) {
                    case CPU -> 0.35;
                    case MEMORY -> 0.55;
                    case DISK -> 0.40 + 0.002 * (UTILISATION_DAYS - Math.min(daysAgo, UTILISATION_DAYS));
                };
            };
        }

        double spread() {
            return this == IDLE ? 0.01 : this == OVER ? 0.05 : 0.10;
        }
    }

    /**
     * The daily aggregates of one instance from the day its test started (at most {@value #UTILISATION_DAYS} days
     * back) to yesterday, per metric. Seeded, so every demo start looks the same.
     */
    private static void utilisation(List<Object[]> rows, Random random, ServiceInstanceView instance, Profile profile,
                                    LocalDate today, Instant now) {
        LocalDate first = instance.testStart().isAfter(today.minusDays(UTILISATION_DAYS)) ? instance.testStart()
                : today.minusDays(UTILISATION_DAYS);
        for (LocalDate date = first; date.isBefore(today); date = date.plusDays(1)) {
            int daysAgo = (int) (today.toEpochDay() - date.toEpochDay());
            for (UtilisationMetric metric : UtilisationMetric.values()) {
                double avg = Math.min(0.98, profile.base(metric, daysAgo) + random.nextDouble() * profile.spread());
                double p95 = Math.min(0.99, avg * (profile == Profile.IDLE ? 1.5 : 1.4));
                double max = Math.min(1.0, p95 * 1.1);
                rows.add(new Object[] {instance.id(), instance.code(), instance.unitId(), metric.name(),
                        Date.valueOf(date), 288, avg, p95, max, Timestamp.from(now)});
            }
        }
    }
}
