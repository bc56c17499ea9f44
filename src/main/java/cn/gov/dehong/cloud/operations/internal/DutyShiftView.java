package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

record DutyShiftView(Long id, String personName, String phone, Instant startsAt, Instant endsAt, String note,
                     String createdBy, boolean current) {
}
