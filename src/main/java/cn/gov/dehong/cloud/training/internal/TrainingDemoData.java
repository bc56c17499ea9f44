package cn.gov.dehong.cloud.training.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import cn.gov.dehong.cloud.organization.DemoUsers;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.training.Audience;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo training sessions made through {@link TrainingService}: a past one with registrations and attendance and an
 * upcoming one open for registration. A session can only be planned in the future and attendance only recorded after
 * its start, so the past session is planned and registered as usual and then moved back in time (the module has no API
 * for history; one UPDATE of its own table). Runs once, when there is no session, only when {@code dehong.demo.enabled}
 * and {@code dehong.demo.applications} are true (the tests turn the latter off).
 */
@Component
@Order(43)
@ConditionalOnProperty(name = {"dehong.demo.enabled", "dehong.demo.applications"}, havingValue = "true")
class TrainingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);
    private static final byte[] SLIDES = "%PDF-1.4\n% 培训课件（演示）\n".getBytes(StandardCharsets.UTF_8);

    private final TrainingService trainings;
    private final TrainingSessionRepository sessions;
    private final OrganizationDirectory organization;
    private final DemoUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TrainingDemoData(TrainingService trainings, TrainingSessionRepository sessions, OrganizationDirectory organization,
                     DemoUsers users, JdbcTemplate jdbc, Clock clock) {
        this.trainings = trainings;
        this.sessions = sessions;
        this.organization = organization;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sessions.count() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock.withZone(TrainingService.ZONE));
            LocalDateTime tomorrow = today.plusDays(1).atTime(LocalTime.of(9, 0));

            var past = plan("“德宏云”云服务申请与资源测算培训", tomorrow, "州数发中心三楼会议室");
            var zhang = register("edu.applicant", past.id(), "张丽", "信息中心主任");
            register("edu.leader", past.id(), "李国华", "副局长");
            var yang = register("mangshi.edu.applicant", past.id(), "杨文斌", "信息技术员");
            var dao = register("tax.applicant", past.id(), "刀金凤", "信息中心科员");
            register("school.applicant", past.id(), "岳晓明", "网络管理员");
            // moved back to 45 days ago, then the DEC records who came
            Instant start = today.minusDays(45).atTime(LocalTime.of(9, 0)).atZone(TrainingService.ZONE).toInstant();
            jdbc.update("UPDATE trn_session SET starts_at = ?, ends_at = ? WHERE id = ?", Timestamp.from(start),
                    Timestamp.from(start.plus(Duration.ofHours(3))), past.id());
            jdbc.update("UPDATE trn_participant SET registered_at = ? WHERE session_id = ?",
                    Timestamp.from(start.minus(Duration.ofDays(5))), past.id());
            users.as("dec.reviewer", () -> trainings.recordAttendance(organization.currentActor(), past.id(),
                    List.of(zhang.id(), yang.id(), dao.id())));

            var upcoming = plan("网络安全等级保护与云上数据安全培训", today.plusDays(12).atTime(LocalTime.of(14, 30)),
                    "德宏州政务服务中心二楼培训室");
            register("edu.applicant", upcoming.id(), "张丽", "信息中心主任");
            register("mangshi.edu.applicant", upcoming.id(), "杨文斌", "信息技术员");
            log.info("Demo training sessions created");
        } catch (RuntimeException e) {
            log.warn("Demo training sessions not created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private TrainingService.SessionView plan(String topic, LocalDateTime startsAt, String place) {
        return users.as("dec.reviewer", () -> trainings.plan(organization.currentActor(),
                new TrainingRules.SessionInput(topic, startsAt, startsAt.plusHours(3), place, null, Audience.ALL,
                        List.of()),
                List.of(new TrainingService.FileInput(topic + "课件.pdf", SLIDES))));
    }

    private TrainingService.ParticipantView register(String user, Long sessionId, String name, String position) {
        return users.as(user, () -> trainings.register(organization.currentActor(), sessionId, name, position));
    }
}
