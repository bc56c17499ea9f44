package cn.gov.dehong.cloud.application.internal.workflow;

import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/** Implemented by the service that writes a step record when the engine creates a user task. */
public interface StepRecorder {

    void taskCreated(TaskEntity task);
}
