package cn.gov.dehong.cloud.application.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.application.Documents;
import cn.gov.dehong.cloud.application.Workflows;
import cn.gov.dehong.cloud.application.internal.workflow.ProcessVariables;
import cn.gov.dehong.cloud.organization.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Workflows} and {@link Documents} for the modules that run their own processes and keep documents. */
@Service
@Transactional
class SharedWorkflowServices implements Workflows, Documents {

    private final WorkflowSteps workflow;
    private final StepService steps;
    private final AttachmentService attachments;

    SharedWorkflowServices(WorkflowSteps workflow, StepService steps, AttachmentService attachments) {
        this.workflow = workflow;
        this.steps = steps;
        this.attachments = attachments;
    }

    @Override
    public void start(String processKey, Subject subject, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(ProcessVariables.SUBJECT_KEY, subject.key());
        all.put(ProcessVariables.SUBJECT_CODE, subject.code());
        all.put(ProcessVariables.SUBJECT_TITLE, subject.title());
        all.put(ProcessVariables.UNIT_ID, subject.unitId());
        all.put(ProcessVariables.UNIT_NAME, subject.unitName());
        workflow.start(processKey, subject.key(), all);
    }

    @Override
    public void complete(String subjectKey, String stepKey, Actor actor, Map<String, Object> variables, String outcome,
                         String comment) {
        workflow.complete(subjectKey, stepKey, actor, variables, outcome, comment);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Step> timeline(String subjectKey) {
        return steps.timeline(subjectKey).stream()
                .map(s -> new Step(s.stepKey(), s.candidateGroup(), s.startedAt(), s.dueAt(), s.dueDate(),
                        s.dueCertain(), s.completedAt(), s.completedBy(), s.outcome(), s.comment(), s.overdue()))
                .toList();
    }

    @Override
    public StoredDocument store(String fileName, byte[] content, String uploadedBy) {
        Attachment stored = attachments.store(fileName, content, uploadedBy);
        return new StoredDocument(stored.getId(), stored.getFileName(), stored.getContentType(), stored.getSize(),
                stored.getSha256());
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentContent content(Long id) {
        Attachment attachment = attachments.load(id);
        return new DocumentContent(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }
}
