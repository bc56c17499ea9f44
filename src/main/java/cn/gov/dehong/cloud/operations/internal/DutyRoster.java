package cn.gov.dehong.cloud.operations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's duty roster (值班值守, Art. 13). Shifts may overlap (two people on duty); a period is entered in
 * Asia/Shanghai local time. A shift that has already ended cannot be published, one that has started cannot be
 * withdrawn (the roster is a record of who was reachable).
 */
@Service
@Transactional
class DutyRoster {

    static final String AUDIT_TYPE = "DutyShift";
    static final Duration LONGEST_SHIFT = Duration.ofDays(31);
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,40}");

    private final DutyShiftRepository shifts;
    private final AuditLog audit;
    private final Clock clock;

    DutyRoster(DutyShiftRepository shifts, AuditLog audit, Clock clock) {
        this.shifts = shifts;
        this.audit = audit;
        this.clock = clock;
    }

    record ShiftInput(String personName, String phone, LocalDateTime startsAt, LocalDateTime endsAt, String note) {
    }

    DutyShiftView publish(Actor actor, ShiftInput input) {
        Access.requireVendor(actor);
        String name = Access.text(input.personName(), 100, "operations.duty.error.personRequired");
        String phone = Access.text(input.phone(), 40, "operations.duty.error.phoneRequired");
        if (!PHONE.matcher(phone).matches()) {
            throw BusinessRuleException.invalid("operations.duty.error.phone");
        }
        if (input.startsAt() == null || input.endsAt() == null) {
            throw BusinessRuleException.invalid("operations.duty.error.periodRequired");
        }
        Instant start = input.startsAt().atZone(WorkingDayCalendar.ZONE).toInstant();
        Instant end = input.endsAt().atZone(WorkingDayCalendar.ZONE).toInstant();
        if (!end.isAfter(start)) {
            throw BusinessRuleException.invalid("operations.duty.error.endBeforeStart");
        }
        if (Duration.between(start, end).compareTo(LONGEST_SHIFT) > 0) {
            throw BusinessRuleException.invalid("operations.duty.error.tooLong", LONGEST_SHIFT.toDays());
        }
        Instant now = clock.instant();
        if (!end.isAfter(now)) {
            throw BusinessRuleException.invalid("operations.duty.error.past");
        }
        DutyShift shift = shifts.save(new DutyShift(name, phone, start, end, Access.optional(input.note(), 500),
                actor.username(), now));
        audit.record("duty.publish", AUDIT_TYPE, shift.getId(), null, shift.describe());
        return shift.toView(now);
    }

    void withdraw(Actor actor, Long id) {
        Access.requireVendor(actor);
        DutyShift shift = shifts.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (!shift.getStartsAt().isAfter(clock.instant())) {
            throw BusinessRuleException.conflict("operations.duty.error.started");
        }
        shifts.delete(shift);
        audit.record("duty.withdraw", AUDIT_TYPE, id, shift.describe(), null);
    }

    /** Everyone on duty right now, earliest start first; empty when the roster has a gap (shown as a warning). */
    @Transactional(readOnly = true)
    List<DutyShiftView> current() {
        Instant now = clock.instant();
        return shifts.findByStartsAtLessThanEqualAndEndsAtGreaterThanOrderByStartsAtAsc(now, now).stream()
                .map(shift -> shift.toView(now)).toList();
    }

    /** Current and coming shifts, or (all=true) the whole roster including past shifts. */
    @Transactional(readOnly = true)
    Page<DutyShiftView> roster(boolean all, Pageable pageable) {
        Instant now = clock.instant();
        Page<DutyShift> page = all ? shifts.findAllBy(pageable) : shifts.findByEndsAtGreaterThan(now, pageable);
        return page.map(shift -> shift.toView(now));
    }
}
