package cn.gov.dehong.cloud.application.internal;

import java.time.Instant;
import java.util.List;

import cn.gov.dehong.cloud.application.VendorTimeliness;
import cn.gov.dehong.cloud.organization.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class VendorTimelinessQuery implements VendorTimeliness {

    private final StepRecordRepository steps;

    VendorTimelinessQuery(StepRecordRepository steps) {
        this.steps = steps;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VendorStep> stepsInPeriod(Instant from, Instant to) {
        return steps.findByCandidateGroupAndDueAtGreaterThanEqualAndDueAtLessThanOrderByDueAtAscIdAsc(
                        Role.VENDOR_OPERATOR.name(), from, to).stream()
                .map(s -> new VendorStep(s.getStepKey(), s.getSubjectCode(), s.getUnitId(), s.getUnitName(),
                        s.getStartedAt(), s.getDueAt(), s.getCompletedAt()))
                .toList();
    }
}
