package cn.gov.dehong.cloud.application;

import java.time.LocalDate;

import cn.gov.dehong.cloud.organization.Actor;

/**
 * Art. 9(六), 9(七) for other modules: a unit applicant opens a change or a termination request of its own running
 * service instance, exactly as through the request pages (same rules, process, deadlines and audit). Used by
 * supervision when a unit accepts a recommendation to downsize or terminate.
 */
public interface ServiceRequestManagement {

    /** The request that was opened: its id and its code (BG-… / ZZ-…). */
    record RequestRef(Long id, String code) {
    }

    RequestRef requestChange(Actor actor, Long instanceId, int vcpu, int memoryGb, int diskGb, int bandwidthMbps,
                             int quantity, String reason);

    RequestRef requestTermination(Actor actor, Long instanceId, String reason, boolean dataBackupConfirmed,
                                  LocalDate requestedEndDate);
}
