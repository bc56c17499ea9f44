package cn.gov.dehong.cloud.application.internal;

import java.time.LocalDate;

import cn.gov.dehong.cloud.application.ServiceRequestManagement;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;

/** The public entry to change and termination requests; the bean validation the REST form does is repeated here. */
@Service
class ServiceRequestFacade implements ServiceRequestManagement {

    private final ServiceRequestService requests;

    ServiceRequestFacade(ServiceRequestService requests) {
        this.requests = requests;
    }

    @Override
    public RequestRef requestChange(Actor actor, Long instanceId, int vcpu, int memoryGb, int diskGb,
                                    int bandwidthMbps, int quantity, String reason) {
        if (vcpu < 0 || vcpu > 512 || memoryGb < 0 || memoryGb > 4096 || diskGb < 0 || diskGb > 1_000_000
                || bandwidthMbps < 0 || bandwidthMbps > 100_000 || quantity < 1 || quantity > 10_000) {
            throw BusinessRuleException.invalid("request.error.specOutOfRange");
        }
        ServiceRequestView view = requests.requestChange(actor, instanceId,
                new ChangeInput(vcpu, memoryGb, diskGb, bandwidthMbps, quantity, reason(reason)));
        return new RequestRef(view.id(), view.code());
    }

    @Override
    public RequestRef requestTermination(Actor actor, Long instanceId, String reason, boolean dataBackupConfirmed,
                                         LocalDate requestedEndDate) {
        if (requestedEndDate == null) {
            throw BusinessRuleException.invalid("request.error.endDateRequired");
        }
        ServiceRequestView view = requests.requestTermination(actor, instanceId,
                new TerminationInput(reason(reason), dataBackupConfirmed, requestedEndDate));
        return new RequestRef(view.id(), view.code());
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.invalid("request.error.reasonRequired");
        }
        if (reason.strip().length() > 2000) {
            throw BusinessRuleException.invalid("request.error.reasonTooLong");
        }
        return reason.strip();
    }
}
