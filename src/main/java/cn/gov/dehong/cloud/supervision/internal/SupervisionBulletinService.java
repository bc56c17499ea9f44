package cn.gov.dehong.cloud.supervision.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import cn.gov.dehong.cloud.shared.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulletin (通报, Art. 30): the DEC drafts it from the figures of a period (adoption, efficiency, security,
 * ranking), edits it while it is a draft, and publishes it to every unit (in-app notice; PDF download).
 */
@Service
@Transactional
class SupervisionBulletinService {

    static final String AUDIT_TYPE = "SupervisionBulletin";
    private static final List<Role> AUDIENCE = List.of(Role.UNIT_APPLICANT, Role.UNIT_LEADER, Role.AGGREGATOR,
            Role.GOV_APPROVER, Role.FINANCE);

    private final SupervisionBulletinRepository bulletins;
    private final SupervisionReports reports;
    private final RankingService ranking;
    private final MessageSource messages;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;

    SupervisionBulletinService(SupervisionBulletinRepository bulletins, SupervisionReports reports, RankingService ranking,
                    MessageSource messages, Notices notices, AuditLog audit, Clock clock) {
        this.bulletins = bulletins;
        this.reports = reports;
        this.ranking = ranking;
        this.messages = messages;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    record DraftInput(String from, String to) {
    }

    record EditInput(String title, String body, Long version) {
    }

    record BulletinView(Long id, String title, String periodFrom, String periodTo, String body,
                        SupervisionBulletin.Status status, int weightsVersion, String createdBy, Instant createdAt,
                        String publishedBy, Instant publishedAt, long version) {

        public boolean draft() {
            return status == SupervisionBulletin.Status.DRAFT;
        }
    }

    BulletinView draft(Actor actor, DraftInput input, Locale locale) {
        SupervisionAccess.requireDec(actor);
        SupervisionReports.Period period = reports.period(input.from(), input.to());
        RankingService.Ranking rank = ranking.ranking(period);
        SupervisionReport report = reports.compute(period, null, null, null, null);
        String periodText = period.from().equals(period.to()) ? period.from().toString()
                : period.from() + " — " + period.to();
        String title = msg(locale, "supervision.bulletin.draft.title", periodText);
        String body = report.empty() ? msg(locale, "supervision.bulletin.draft.empty", periodText)
                : body(locale, periodText, report, rank);
        SupervisionBulletin saved = bulletins.saveAndFlush(new SupervisionBulletin(title, period.from().toString(),
                period.to().toString(), body, rank.weights().versionNo(), actor.username(), clock.instant()));
        audit.record("supervision.bulletin.draft", AUDIT_TYPE, saved.getId(), null, saved.describe());
        return view(saved);
    }

    private String body(Locale locale, String periodText, SupervisionReport report, RankingService.Ranking rank) {
        SupervisionReport.UnitFigures t = report.total();
        List<String> lines = new ArrayList<>();
        lines.add(msg(locale, "supervision.bulletin.draft.intro", periodText));
        lines.add(msg(locale, "supervision.bulletin.draft.adoption", t.systems(), t.onCloud(), percent(t.adoptionRatio()),
                t.notMigrated(), report.notMigrated().stream().filter(SupervisionReport.PendingSystem::dateMissing).count()));
        lines.add(msg(locale, "supervision.bulletin.draft.efficiency", t.measuredInstances(), t.idle(),
                t.overProvisioned(), t.feeAtStake().toPlainString()));
        lines.add(msg(locale, "supervision.bulletin.draft.security", t.incidents(), t.openFindings(),
                t.overdueRectifications(), t.suspensions()));
        List<String> counties = rank.counties().stream().filter(r -> r.total() != null)
                .map(r -> "%d. %s %s".formatted(r.rank(), r.name() == null
                        ? msg(locale, "supervision.prefectureLevel") : r.name(), r.total().toPlainString())).toList();
        lines.add(msg(locale, "supervision.bulletin.draft.counties", String.join("；", counties)));
        List<RankingService.RankRow> ranked = rank.units().stream().filter(r -> r.total() != null).toList();
        lines.add(msg(locale, "supervision.bulletin.draft.top", String.join("；", ranked.stream().limit(5)
                .map(r -> "%d. %s %s".formatted(r.rank(), r.name(), r.total().toPlainString())).toList())));
        if (ranked.size() > 5) {
            lines.add(msg(locale, "supervision.bulletin.draft.bottom", String.join("；",
                    ranked.subList(Math.max(5, ranked.size() - 5), ranked.size()).stream()
                            .map(r -> "%d. %s %s".formatted(r.rank(), r.name(), r.total().toPlainString())).toList())));
        }
        lines.add(msg(locale, "supervision.bulletin.draft.weights", rank.weights().versionNo(),
                rank.weights().adoption(), rank.weights().efficiency(), rank.weights().security(),
                rank.weights().training()));
        lines.add(msg(locale, "supervision.bulletin.draft.closing"));
        return String.join("\n\n", lines);
    }

    BulletinView edit(Actor actor, Long id, EditInput input) {
        SupervisionAccess.requireDec(actor);
        SupervisionBulletin b = load(id);
        requireDraft(b);
        if (input.version() != null && input.version() != b.getVersion()) {
            throw BusinessRuleException.conflict("supervision.error.stale");
        }
        String before = b.describe();
        b.edit(SupervisionAccess.text(input.title(), 200, "supervision.bulletin.error.title"),
                SupervisionAccess.text(input.body(), 20000, "supervision.bulletin.error.body"));
        bulletins.saveAndFlush(b);
        audit.record("supervision.bulletin.edit", AUDIT_TYPE, id, before, b.describe());
        return view(b);
    }

    BulletinView publish(Actor actor, Long id) {
        SupervisionAccess.requireDec(actor);
        SupervisionBulletin b = load(id);
        requireDraft(b);
        b.publish(actor.username(), clock.instant());
        bulletins.saveAndFlush(b);
        audit.record("supervision.bulletin.publish", AUDIT_TYPE, id, "DRAFT", b.describe());
        for (Role role : AUDIENCE) {
            notices.send(role.name(), "supervision.notice.bulletin", List.of(b.getTitle()),
                    "/supervision/bulletins/" + id);
        }
        return view(b);
    }

    @Transactional(readOnly = true)
    Page<BulletinView> list(Actor actor, Pageable pageable) {
        return (SupervisionAccess.isDec(actor) ? bulletins.findAllByOrderByCreatedAtDescIdDesc(pageable)
                : bulletins.findByStatusOrderByPublishedAtDescIdDesc(SupervisionBulletin.Status.PUBLISHED, pageable))
                .map(SupervisionBulletinService::view);
    }

    @Transactional(readOnly = true)
    BulletinView details(Actor actor, Long id) {
        SupervisionBulletin b = load(id);
        if (b.getStatus() == SupervisionBulletin.Status.DRAFT && !SupervisionAccess.isDec(actor)) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        return view(b);
    }

    @Transactional(readOnly = true)
    byte[] pdf(Actor actor, Long id, Locale locale) {
        BulletinView b = details(actor, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(b.title());
            document.addCreator("dehong-cloud");
            document.open();
            Font title = new Font(CjkFont.baseFont(), 16, Font.BOLD);
            Font text = new Font(CjkFont.baseFont(), 11);
            Font small = new Font(CjkFont.baseFont(), 9, Font.NORMAL, Color.GRAY);
            Paragraph heading = new Paragraph(b.title(), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            document.add(heading);
            if (b.draft()) {
                document.add(new Paragraph(msg(locale, "supervision.bulletin.pdf.draft"), small));
            }
            for (String paragraph : b.body().split("\\n\\s*\\n")) {
                Paragraph p = new Paragraph(paragraph.strip(), text);
                p.setSpacingAfter(8);
                p.setLeading(18);
                document.add(p);
            }
            Paragraph footer = new Paragraph(msg(locale, "supervision.bulletin.pdf.footer",
                    b.publishedAt() == null ? "" : b.publishedAt().atZone(cn.gov.dehong.cloud.calendar
                            .WorkingDayCalendar.ZONE).toLocalDate().toString()), small);
            footer.setAlignment(Element.ALIGN_RIGHT);
            document.add(footer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private SupervisionBulletin load(Long id) {
        return bulletins.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private static void requireDraft(SupervisionBulletin b) {
        if (b.getStatus() != SupervisionBulletin.Status.DRAFT) {
            throw BusinessRuleException.conflict("supervision.bulletin.error.published");
        }
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    static BulletinView view(SupervisionBulletin b) {
        return new BulletinView(b.getId(), b.getTitle(), b.getPeriodFrom(), b.getPeriodTo(), b.getBody(),
                b.getStatus(), b.getWeightsVersion(), b.getCreatedBy(), b.getCreatedAt(), b.getPublishedBy(),
                b.getPublishedAt(), b.getVersion());
    }
}
