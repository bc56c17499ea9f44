package cn.gov.dehong.cloud.billing.internal;

import java.time.YearMonth;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's settlement review, line by line: confirm, or dispute with a reason; a disputed line stays open until
 * finance or the DEC resolves it (upheld or rejected, with a note), and a period with an unresolved dispute cannot
 * be closed. Only open periods are reviewed: a closed one is final.
 */
@Service
public class ReviewService {

    static final String AUDIT_TYPE = "ChargeLine";
    private static final int MAX_TEXT = 1000;

    private final ChargeLineStore store;
    private final PeriodLocks locks;
    private final AuditLog audit;

    ReviewService(ChargeLineStore store, PeriodLocks locks, AuditLog audit) {
        this.store = store;
        this.locks = locks;
        this.audit = audit;
    }

    @Transactional
    public ChargeLineView confirm(Actor actor, String periodText, Long lineId) {
        BillingAccess.requireVendor(actor);
        ChargeLineView line = openLine(periodText, lineId);
        if (line.review() == ReviewStatus.RESOLVED) {
            throw BusinessRuleException.conflict("billing.error.reviewResolved", line.instanceCode());
        }
        store.saveReview(line, ReviewStatus.CONFIRMED, null, actor.username(), locks.now());
        audit.record("billing.line.confirm", AUDIT_TYPE, line.id(), line.review().name(), describe(line));
        return reload(line);
    }

    @Transactional
    public ChargeLineView dispute(Actor actor, String periodText, Long lineId, String reason) {
        BillingAccess.requireVendor(actor);
        String text = requireText(reason);
        ChargeLineView line = openLine(periodText, lineId);
        if (line.review() == ReviewStatus.RESOLVED) {
            throw BusinessRuleException.conflict("billing.error.reviewResolved", line.instanceCode());
        }
        store.saveReview(line, ReviewStatus.DISPUTED, text, actor.username(), locks.now());
        audit.record("billing.line.dispute", AUDIT_TYPE, line.id(), line.review().name(), describe(line) + ", reason=" + text);
        return reload(line);
    }

    public enum Outcome { UPHELD, REJECTED }

    @Transactional
    public ChargeLineView resolve(Actor actor, String periodText, Long lineId, Outcome outcome, String note) {
        BillingAccess.requireFinanceOrDec(actor);
        if (outcome == null) {
            throw BusinessRuleException.invalid("billing.error.outcomeRequired");
        }
        String text = requireText(note);
        ChargeLineView line = openLine(periodText, lineId);
        if (line.review() != ReviewStatus.DISPUTED) {
            throw BusinessRuleException.conflict("billing.error.notDisputed", line.instanceCode());
        }
        store.resolveReview(line, outcome.name(), text, actor.username(), locks.now());
        audit.record("billing.line.resolve", AUDIT_TYPE, line.id(), "DISPUTED: " + line.reviewReason(),
                describe(line) + ", outcome=" + outcome + ", note=" + text);
        return reload(line);
    }

    /** The vendor confirms every line it has not reviewed yet (disputes stay as they are). */
    @Transactional
    public int confirmOpen(Actor actor, String periodText) {
        BillingAccess.requireVendor(actor);
        YearMonth month = PeriodText.parse(periodText);
        BillingPeriod period = locks.lockExisting(month);
        period.requireOpen();
        int confirmed = store.confirmOpen(period.getPeriod(), actor.username(), locks.now());
        audit.record("billing.line.confirmOpen", BillingRuns.AUDIT_TYPE, period.getPeriod(), null, "confirmed=" + confirmed);
        return confirmed;
    }

    /** Locks the period (so a run cannot replace the line meanwhile) and finds the line in it. */
    private ChargeLineView openLine(String periodText, Long lineId) {
        BillingPeriod period = locks.lockExisting(PeriodText.parse(periodText));
        period.requireOpen();
        return store.line(period.getPeriod(), lineId)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private ChargeLineView reload(ChargeLineView line) {
        return store.line(line.period(), line.id()).orElseThrow();
    }

    private static String requireText(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw BusinessRuleException.invalid("billing.error.reasonRequired", MAX_TEXT);
        }
        return trimmed;
    }

    private static String describe(ChargeLineView line) {
        return "period=" + line.period() + ", instance=" + line.instanceCode() + ", bearer=" + line.bearerName()
                + ", amount=" + line.amount().toPlainString();
    }
}
