package cn.gov.dehong.cloud.application.internal;

import java.time.LocalDate;

import cn.gov.dehong.cloud.application.internal.workflow.ProcessVariables;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code serviceApplication.bpmn20.xml}: each reads the process variables and calls one method
 * of {@link ApplicationService}. Stateless singletons.
 */
final class ApplicationDelegates {

    private ApplicationDelegates() {
    }

    private static Long applicationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.SUBJECT_ID)).longValue();
    }

    private static boolean reviewApproved(DelegateExecution execution) {
        return Boolean.TRUE.equals(execution.getVariable(ProcessVariables.DEC_APPROVED))
                && Boolean.TRUE.equals(execution.getVariable(ProcessVariables.FINANCE_APPROVED));
    }

    @Component("noticeSecurityDepartmentsDelegate")
    static class NoticeSecurityDepartments implements JavaDelegate {
        private final ApplicationService applications;

        NoticeSecurityDepartments(ApplicationService applications) {
            this.applications = applications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            applications.noticeSecurityDepartments(applicationId(execution), reviewApproved(execution));
        }
    }

    @Component("reviewConcludedDelegate")
    static class ReviewConcluded implements JavaDelegate {
        private final ApplicationService applications;

        ReviewConcluded(ApplicationService applications) {
            this.applications = applications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            applications.reviewConcluded(applicationId(execution), reviewApproved(execution));
        }
    }

    @Component("noticeVendorDelegate")
    static class NoticeVendor implements JavaDelegate {
        private final ApplicationService applications;

        NoticeVendor(ApplicationService applications) {
            this.applications = applications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            applications.noticeVendor(applicationId(execution));
        }
    }

    @Component("goLiveDelegate")
    static class GoLive implements JavaDelegate {
        private final ApplicationService applications;

        GoLive(ApplicationService applications) {
            this.applications = applications;
        }

        @Override
        public void execute(DelegateExecution execution) {
            applications.goLive(applicationId(execution),
                    LocalDate.parse((String) execution.getVariable(ProcessVariables.PRODUCTION_START_DATE)));
        }
    }
}
