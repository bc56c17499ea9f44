package cn.gov.dehong.cloud.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.organization.Actor;

/**
 * The workflow engine for processes other modules define in {@code processes/}: the same step records, working-day
 * deadlines ({@code flowable:dueDate="${deadlines.workingDays(N)}"}), to-do list (/tasks), reminders and overdue list
 * as applications. A process started here must carry its subject; each user task's candidate group decides who acts.
 */
public interface Workflows {

    /** Starts {@code processKey} with the subject's key as business key; joins the caller's transaction. */
    void start(String processKey, Subject subject, Map<String, Object> variables);

    /**
     * Completes the open step {@code stepKey} of the subject after checking that the caller is one of its candidates
     * (409 when the step is not open, 403 when the caller may not act); records who, when, outcome and comment.
     */
    void complete(String subjectKey, String stepKey, Actor actor, Map<String, Object> variables, String outcome,
                  String comment);

    /** The subject's steps, oldest first. */
    List<Step> timeline(String subjectKey);

    /** What a process is about: {@code key} such as "PRJ-12" (its prefix picks the page /tasks links to). */
    record Subject(String key, String code, String title, Long unitId, String unitName) {
    }

    record Step(String stepKey, String candidateGroup, Instant startedAt, Instant dueAt, LocalDate dueDate,
                boolean dueCertain, Instant completedAt, String completedBy, String outcome, String comment,
                boolean overdue) {

        public boolean open() {
            return completedAt == null;
        }
    }
}
