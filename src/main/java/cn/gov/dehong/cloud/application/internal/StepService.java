package cn.gov.dehong.cloud.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.dehong.cloud.application.internal.workflow.ProcessVariables;
import cn.gov.dehong.cloud.application.internal.workflow.StepRecorder;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import jakarta.persistence.criteria.Predicate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The to-do (待办), done (已办) and overdue lists, the timelines, and the reminders before a deadline. */
@Service
@Transactional
class StepService implements StepRecorder {

    private final StepRecordRepository steps;
    private final WorkingDayCalendar calendar;
    private final Notices notices;
    private final Clock clock;

    StepService(StepRecordRepository steps, WorkingDayCalendar calendar, Notices notices, Clock clock) {
        this.steps = steps;
        this.calendar = calendar;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void taskCreated(TaskEntity task) {
        String group = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).findFirst().orElse("-");
        Instant now = clock.instant();
        Instant dueAt = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        LocalDate dueDate = dueAt == null ? null : LocalDate.ofInstant(dueAt, WorkingDayCalendar.ZONE);
        boolean certain = true;
        if (dueDate != null) {
            LocalDate start = LocalDate.ofInstant(now, WorkingDayCalendar.ZONE);
            for (int year = start.getYear(); year <= dueDate.getYear(); year++) {
                certain &= calendar.yearStatus(year) == WorkingDayCalendar.YearStatus.OFFICIAL;
            }
        }
        steps.save(new StepRecord(task.getId(), (String) task.getVariable(ProcessVariables.SUBJECT_KEY),
                (String) task.getVariable(ProcessVariables.SUBJECT_CODE),
                (String) task.getVariable(ProcessVariables.SUBJECT_TITLE),
                ((Number) task.getVariable(ProcessVariables.UNIT_ID)).longValue(),
                (String) task.getVariable(ProcessVariables.UNIT_NAME), task.getTaskDefinitionKey(), group, now, dueAt,
                dueDate, certain));
    }

    @Transactional(readOnly = true)
    Page<StepView> todo(Actor actor, Pageable pageable) {
        Specification<StepRecord> spec = (root, query, cb) -> cb.and(cb.isNull(root.get("completedAt")),
                root.get("candidateGroup").in(actor.groups()));
        Instant now = clock.instant();
        return steps.findAll(spec, pageable).map(s -> StepView.of(s, now));
    }

    @Transactional(readOnly = true)
    Page<StepView> done(Actor actor, Pageable pageable) {
        Specification<StepRecord> spec = (root, query, cb) -> cb.equal(root.get("completedBy"), actor.username());
        Instant now = clock.instant();
        return steps.findAll(spec, pageable).map(s -> StepView.of(s, now));
    }

    /** Open steps past their deadline, for the DEC (Art. 8(一) supervision of the process). */
    @Transactional(readOnly = true)
    Page<StepView> overdue(Pageable pageable) {
        Instant now = clock.instant();
        Specification<StepRecord> spec = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.isNull(root.get("completedAt")));
            predicates.add(cb.lessThan(root.get("dueAt"), now));
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return steps.findAll(spec, pageable).map(s -> StepView.of(s, now));
    }

    @Transactional(readOnly = true)
    List<StepView> timeline(String subjectKey) {
        Instant now = clock.instant();
        return steps.findBySubjectKeyOrderByIdAsc(subjectKey).stream().map(s -> StepView.of(s, now)).toList();
    }

    @Transactional(readOnly = true)
    long openCount(Actor actor) {
        Specification<StepRecord> spec = (root, query, cb) -> cb.and(cb.isNull(root.get("completedAt")),
                root.get("candidateGroup").in(actor.groups()));
        return steps.count(spec);
    }

    /**
     * A reminder, in the assignees' inbox, one working day before a step falls due; each step is reminded once
     * (the reminded flag is part of the step row, so two instances never send it twice).
     */
    @Scheduled(cron = "${dehong.reminders.cron:0 0 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "deadlineReminders", lockAtMostFor = "PT10M")
    void sendReminders() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
        LocalDate horizon = calendar.addWorkingDays(today, 1);
        for (StepRecord step : steps.findOpenDueOnOrBefore(horizon)) {
            notices.send(step.getCandidateGroup(), "notice.reminder",
                    List.of(step.getSubjectCode(), "step." + step.getStepKey(), String.valueOf(step.getDueDate())),
                    StepView.linkOf(step.getSubjectKey()));
            step.reminded(clock.instant());
        }
    }
}
