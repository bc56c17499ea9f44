package cn.gov.dehong.cloud.application.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A step as lists and timelines show it. {@code overdue}: not done by its deadline (or done after it). */
public record StepView(Long id, String taskId, String subjectKey, String subjectCode, String subjectTitle, Long unitId,
                       String unitName, String stepKey, String candidateGroup, Instant startedAt, Instant dueAt,
                       LocalDate dueDate, boolean dueCertain, Instant completedAt, String completedBy, String outcome,
                       String comment, boolean overdue) {

    static StepView of(StepRecord s, Instant now) {
        return new StepView(s.getId(), s.getTaskId(), s.getSubjectKey(), s.getSubjectCode(), s.getSubjectTitle(),
                s.getUnitId(), s.getUnitName(), s.getStepKey(), s.getCandidateGroup(), s.getStartedAt(), s.getDueAt(),
                s.getDueDate(), s.isDueCertain(), s.getCompletedAt(), s.getCompletedBy(), s.getOutcome(),
                s.getComment(), s.isOverdue(now));
    }

    /** The page or API resource of the subject: applications, change/termination requests, usage plans. */
    public String link() {
        return linkOf(subjectKey);
    }

    static String linkOf(String subjectKey) {
        String[] parts = subjectKey.split("-", 2);
        return switch (parts[0]) {
            case "APP" -> "/applications/" + parts[1];
            case "REQ" -> "/requests/" + parts[1];
            case "PLAN" -> "/plans/" + parts[1];
            case "PRJ" -> "/projects/" + parts[1];
            default -> "/tasks";
        };
    }
}
