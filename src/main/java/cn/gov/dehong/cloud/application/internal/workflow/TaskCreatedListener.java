package cn.gov.dehong.cloud.application.internal.workflow;

import java.util.List;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every user task the engine creates, in every process, gets its step record in the same transaction. */
@Component
class TaskCreatedListener implements FlowableEventListener, EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final ObjectProvider<StepRecorder> recorder;

    TaskCreatedListener(ObjectProvider<StepRecorder> recorder) {
        this.recorder = recorder;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        configuration.setTypedEventListeners(java.util.Map.of(FlowableEngineEventType.TASK_CREATED.name(), List.of(this)));
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event instanceof FlowableEntityEvent entityEvent && entityEvent.getEntity() instanceof TaskEntity task) {
            recorder.getObject().taskCreated(task);
        }
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
