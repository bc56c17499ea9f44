package cn.gov.dehong.cloud.assessment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Merits (优良事迹) entered by the DEC, each with its evidence (a PDF or an image of the award or the result). */
@Service
class MeritService {

    static final long MAX_EVIDENCE = 10L * 1024 * 1024;

    private final MeritRepository merits;
    private final MeritEvidenceRepository evidences;
    private final AuditLog audit;
    private final Clock clock;

    MeritService(MeritRepository merits, MeritEvidenceRepository evidences, AuditLog audit, Clock clock) {
        this.merits = merits;
        this.evidences = evidences;
        this.audit = audit;
        this.clock = clock;
    }

    record MeritInput(LocalDate awardedOn, Merit.Kind kind, String title, String description, BigDecimal points) {
    }

    record Evidence(String fileName, byte[] content) {
    }

    @Transactional
    public MeritView record(Actor actor, MeritInput input, Evidence evidence) {
        AssessmentAccess.requireDec(actor);
        if (input.awardedOn() == null || input.kind() == null) {
            throw BusinessRuleException.invalid("assessment.merit.error.required");
        }
        if (input.awardedOn().isAfter(LocalDate.ofInstant(clock.instant(), AssessmentPeriod.ZONE))) {
            throw BusinessRuleException.invalid("assessment.merit.error.future");
        }
        String title = input.title() == null ? "" : input.title().trim();
        if (title.isEmpty() || title.length() > 200
                || (input.description() != null && input.description().length() > 2000)) {
            throw BusinessRuleException.invalid("assessment.merit.error.required");
        }
        if (input.points() == null || input.points().signum() <= 0 || input.points().compareTo(ScoringRules.HUNDRED) > 0
                || input.points().scale() > 2) {
            throw BusinessRuleException.invalid("assessment.merit.error.points");
        }
        String contentType = evidenceType(evidence);
        Merit merit = merits.save(new Merit(input.awardedOn(), input.kind(), title, input.description(),
                input.points(), evidence.fileName(), contentType, evidence.content().length, actor.username(),
                clock.instant()));
        evidences.save(new MeritEvidence(merit.getId(), evidence.content()));
        audit.record("assessment.merit.record", "VendorMerit", merit.getId(), null, merit.describe());
        return merit.toView();
    }

    @Transactional(readOnly = true)
    public Page<MeritView> list(Actor actor, Pageable pageable) {
        AssessmentAccess.requireReader(actor);
        return merits.findAllByOrderByAwardedOnDescIdDesc(pageable).map(Merit::toView);
    }

    @Transactional(readOnly = true)
    public Evidence evidence(Actor actor, Long id) {
        AssessmentAccess.requireReader(actor);
        Merit merit = merits.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        return new Evidence(merit.getEvidenceName(), evidences.findById(id).orElseThrow().getContent());
    }

    /** The evidence is required, at most 10 MB, and its content must match its extension (PDF, PNG, JPEG). */
    static String evidenceType(Evidence evidence) {
        if (evidence == null || evidence.content() == null || evidence.content().length == 0
                || evidence.fileName() == null || evidence.fileName().isBlank()) {
            throw BusinessRuleException.invalid("assessment.merit.error.evidenceRequired");
        }
        if (evidence.content().length > MAX_EVIDENCE) {
            throw BusinessRuleException.invalid("assessment.merit.error.evidenceTooLarge", MAX_EVIDENCE / 1024 / 1024);
        }
        String name = evidence.fileName().toLowerCase(Locale.ROOT);
        byte[] c = evidence.content();
        if (name.endsWith(".pdf") && starts(c, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        if (name.endsWith(".png") && starts(c, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if ((name.endsWith(".jpg") || name.endsWith(".jpeg")) && starts(c, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        throw BusinessRuleException.invalid("assessment.merit.error.evidenceType");
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
