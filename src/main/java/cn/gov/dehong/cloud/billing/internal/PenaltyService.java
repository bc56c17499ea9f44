package cn.gov.dehong.cloud.billing.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.billing.VendorPenalties;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Art. 26: deductions from and holds on the vendor's payment, booked on an open period's settlement. */
@Service
public class PenaltyService implements VendorPenalties {

    private static final String AUDIT_TYPE = "Penalty";
    private static final int MAX_REASON = 1000;
    private static final int MAX_REFERENCE = 200;

    private final PenaltyRepository penalties;
    private final PeriodLocks locks;
    private final AuditLog audit;

    PenaltyService(PenaltyRepository penalties, PeriodLocks locks, AuditLog audit) {
        this.penalties = penalties;
        this.locks = locks;
        this.audit = audit;
    }

    public record PenaltyInput(String period, PenaltyKind kind, BigDecimal amount, String reason, String reference) {
    }

    @Transactional
    public PenaltyView record(Actor actor, PenaltyInput input) {
        BillingAccess.requireFinanceOrDec(actor);
        if (input.kind() == null) {
            throw BusinessRuleException.invalid("billing.error.penaltyKindRequired");
        }
        BigDecimal amount = input.kind() == PenaltyKind.DEDUCTION || input.amount() != null
                ? Amounts.positive(input.amount()) : null;
        String reason = text(input.reason(), MAX_REASON, "billing.error.reasonRequired");
        String reference = text(input.reference(), MAX_REFERENCE, "billing.error.referenceRequired");
        YearMonth month = PeriodText.parse(input.period());
        locks.requireNotFuture(month);
        BillingPeriod period = locks.lockOrCreate(month);
        period.requireOpen();
        Penalty penalty = penalties.save(new Penalty(period.getPeriod(), input.kind(), amount, reason, reference,
                actor.username(), locks.now()));
        audit.record("billing.penalty.record", AUDIT_TYPE, penalty.getId(), null, penalty.describe());
        return penalty.toView();
    }

    @Override
    @Transactional
    public BookedPenalty book(Actor actor, PenaltyRequest request) {
        PenaltyView view = record(actor, new PenaltyInput(request.period(), request.hold() ? PenaltyKind.HOLD
                : PenaltyKind.DEDUCTION, request.amount(), request.reason(), request.reference()));
        return new BookedPenalty(view.id(), view.period(), view.kind() == PenaltyKind.HOLD, view.amount());
    }

    /** Lifts a hold once the incident is dealt with; the deductions of a closed period stay as they are. */
    @Transactional
    public PenaltyView release(Actor actor, Long penaltyId, String note) {
        BillingAccess.requireFinanceOrDec(actor);
        Penalty penalty = penalties.findById(penaltyId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        String before = penalty.describe();
        penalty.release(actor.username(), locks.now(), text(note, MAX_REASON, "billing.error.reasonRequired"));
        audit.record("billing.penalty.release", AUDIT_TYPE, penaltyId, before, penalty.describe());
        return penalty.toView();
    }

    @Transactional(readOnly = true)
    public Page<PenaltyView> search(Actor actor, String periodText, Pageable pageable) {
        BillingAccess.requireVendorStatementReader(actor);
        if (periodText == null || periodText.isBlank()) {
            return penalties.findAll(pageable).map(Penalty::toView);
        }
        return penalties.findByPeriod(PeriodText.format(PeriodText.parse(periodText)), pageable).map(Penalty::toView);
    }

    List<PenaltyView> ofPeriod(String period) {
        return penalties.findByPeriodOrderByIdAsc(period).stream().map(Penalty::toView).toList();
    }

    private static String text(String value, int max, String key) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw BusinessRuleException.invalid(key, max);
        }
        return trimmed;
    }
}
