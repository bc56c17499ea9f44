package cn.gov.dehong.cloud.operations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Monthly security bulletins (Art. 26): the vendor publishes, every unit is told and its readers are recorded. */
@Service
@Transactional
class BulletinService {

    static final String AUDIT_TYPE = "SecurityBulletin";
    static final String FILE_OWNER = "BULLETIN";

    private final BulletinRepository bulletins;
    private final BulletinReadRepository reads;
    private final OperationsFiles files;
    private final OpsFileRepository fileViews;
    private final Notices notices;
    private final AuditLog audit;
    private final OperationsProperties properties;
    private final Clock clock;

    BulletinService(BulletinRepository bulletins, BulletinReadRepository reads, OperationsFiles files,
                    OpsFileRepository fileViews, Notices notices, AuditLog audit, OperationsProperties properties,
                    Clock clock) {
        this.bulletins = bulletins;
        this.reads = reads;
        this.files = files;
        this.fileViews = fileViews;
        this.notices = notices;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    record BulletinInput(YearMonth month, String title, String body) {
    }

    record BulletinView(Long id, YearMonth month, String title, String body, String publishedBy, Instant publishedAt,
                        long readers, List<FileView> attachments) {
    }

    record BulletinDetails(BulletinView bulletin, List<BulletinRead.ReadView> readers) {
    }

    BulletinView publish(Actor actor, BulletinInput input, MultipartFile file) {
        Access.requireVendor(actor);
        if (input.month() == null) {
            throw BusinessRuleException.invalid("operations.bulletin.error.monthRequired");
        }
        if (input.month().isAfter(YearMonth.from(today()))) {
            throw BusinessRuleException.invalid("operations.bulletin.error.futureMonth", input.month());
        }
        String title = Access.text(input.title(), 200, "operations.bulletin.error.titleRequired");
        String body = BulletinRules.plainText(input.body());
        if (body.isEmpty()) {
            throw BusinessRuleException.invalid("operations.bulletin.error.bodyRequired");
        }
        if (body.length() > BulletinRules.MAX_BODY) {
            throw BusinessRuleException.invalid("operations.error.tooLong", BulletinRules.MAX_BODY);
        }
        if (bulletins.findByMonth(input.month().toString()).isPresent()) {
            throw BusinessRuleException.conflict("operations.bulletin.error.duplicate", input.month());
        }
        Bulletin bulletin = bulletins.saveAndFlush(new Bulletin(input.month(), title, body, actor.username(),
                clock.instant()));
        String attached = "";
        if (file != null && !file.isEmpty()) {
            OpsFile stored = files.store(FILE_OWNER, bulletin.getId(), file, actor.username());
            attached = ", file=" + stored.getFileName() + " sha256=" + stored.getSha256();
        }
        List<String> args = List.of(input.month().toString(), title);
        String link = "/operations/bulletins/" + bulletin.getId();
        notices.send(Role.UNIT_LEADER.name(), "operations.notice.bulletin", args, link);
        notices.send(Role.UNIT_APPLICANT.name(), "operations.notice.bulletin", args, link);
        audit.record("bulletin.publish", AUDIT_TYPE, bulletin.getId(), null,
                "month=" + input.month() + ", title=" + title + attached);
        return view(bulletin);
    }

    /** Everyone may read bulletins; a unit member's first reading is recorded as the receipt. */
    BulletinView read(Actor actor, Long id, boolean recordReceipt) {
        Bulletin bulletin = load(id);
        if (recordReceipt && Access.isUnitMember(actor)
                && !reads.existsById(new BulletinRead.Key(id, actor.username()))) {
            reads.save(new BulletinRead(id, actor.username(), actor.unitId(), actor.unitName(), clock.instant()));
        }
        return view(bulletin);
    }

    @Transactional(readOnly = true)
    List<BulletinRead.ReadView> readers(Actor actor, Long id) {
        Access.requireVendorOrSupervisor(actor);
        load(id);
        return reads.findByKeyBulletinIdOrderByReadAtAsc(id).stream().map(BulletinRead::toView).toList();
    }

    @Transactional(readOnly = true)
    Page<BulletinView> list(Pageable pageable) {
        return bulletins.findAllBy(pageable).map(this::view);
    }

    /** The months of this year, up to last month, without a bulletin (the DEC's flag). */
    @Transactional(readOnly = true)
    List<YearMonth> missingMonths() {
        LocalDate today = today();
        List<YearMonth> published = bulletins.findMonths(today.getYear() + "-%").stream().map(YearMonth::parse).toList();
        return BulletinRules.missingMonths(published, properties.trackingStartYear(), today);
    }

    @Transactional(readOnly = true)
    org.springframework.http.ResponseEntity<byte[]> attachment(Long id, Long fileId) {
        load(id);
        return files.download(FILE_OWNER, id, fileId);
    }

    private BulletinView view(Bulletin b) {
        return new BulletinView(b.getId(), b.getMonth(), b.getTitle(), b.getBody(), b.getPublishedBy(),
                b.getPublishedAt(), reads.countByKeyBulletinId(b.getId()), fileViews.findViews(FILE_OWNER, b.getId()));
    }

    private Bulletin load(Long id) {
        return bulletins.findById(id).orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
    }
}
