package cn.gov.dehong.cloud.application.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The workflow engine as the services use it: start a process, complete the open step of a subject after checking
 * that the caller is one of its candidates, deliver a message. Completing a step also completes its record in
 * the same transaction; two people completing the same step at once: the engine's optimistic lock lets one win.
 */
@Component
class WorkflowSteps {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final StepRecordRepository steps;
    private final Clock clock;

    WorkflowSteps(RuntimeService runtime, TaskService tasks, StepRecordRepository steps, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.steps = steps;
        this.clock = clock;
    }

    String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    StepRecord complete(String subjectKey, String stepKey, Actor actor, Map<String, Object> variables, String outcome,
                        String comment) {
        Task task = requireCandidate(subjectKey, stepKey, actor);
        StepRecord record = steps.findByTaskId(task.getId())
                .orElseThrow(() -> new IllegalStateException("no step record for task " + task.getId()));
        record.complete(clock.instant(), actor.username(), outcome, comment);
        steps.saveAndFlush(record);
        tasks.claim(task.getId(), actor.username());
        tasks.complete(task.getId(), variables);
        return record;
    }

    /** The open task of the step, if the actor is one of its candidates (409 when not open, 403 when not a candidate). */
    Task requireCandidate(String subjectKey, String stepKey, Actor actor) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(subjectKey).taskDefinitionKey(stepKey)
                .singleResult();
        if (task == null) {
            throw BusinessRuleException.conflict("error.step.notOpen");
        }
        Set<String> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        if (candidates.stream().noneMatch(actor.groups()::contains)) {
            throw BusinessRuleException.forbidden("error.step.notCandidate");
        }
        return task;
    }

    void deliver(String subjectKey, String messageName) {
        var process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(subjectKey).singleResult();
        var execution = process == null ? null : runtime.createExecutionQuery().processInstanceId(process.getId())
                .messageEventSubscriptionName(messageName).singleResult();
        if (execution == null) {
            throw BusinessRuleException.conflict("error.step.notOpen");
        }
        runtime.messageEventReceived(messageName, execution.getId());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
    }
}
