package cn.gov.dehong.cloud.application.internal;

import cn.gov.dehong.cloud.application.internal.workflow.ProcessVariables;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service task of {@code serviceChange.bpmn20.xml}. */
@Component("changeReviewConcludedDelegate")
class ChangeReviewConcludedDelegate implements JavaDelegate {

    private final ServiceRequestService requests;

    ChangeReviewConcludedDelegate(ServiceRequestService requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean approved = Boolean.TRUE.equals(execution.getVariable(ProcessVariables.DEC_APPROVED))
                && Boolean.TRUE.equals(execution.getVariable(ProcessVariables.FINANCE_APPROVED));
        requests.changeReviewConcluded(((Number) execution.getVariable(ProcessVariables.SUBJECT_ID)).longValue(), approved);
    }
}
