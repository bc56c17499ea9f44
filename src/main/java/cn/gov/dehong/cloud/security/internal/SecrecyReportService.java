package cn.gov.dehong.cloud.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.Role;
import cn.gov.dehong.cloud.organization.UserView;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private reports of suspected classified-information violations to the 机要保密局 (Art. 7, 32). The bureau is the
 * security-department users (SECURITY_VIEWER) of the unit {@code dehong.security.secrecy-bureau-unit-code}; they and
 * the reporting user alone read a report. Nobody else learns it exists: not the reporter's own unit, not the DEC, not
 * the other security departments, not the vendor (404). The audit log records that a report was made or handled,
 * never its content, since auditors read the log.
 */
@Service
@Transactional
class SecrecyReportService {

    static final String AUDIT_TYPE = "SecrecyReport";
    static final String LINK = "/security/secrecy-reports";

    private final SecrecyReportRepository reports;
    private final OrganizationDirectory organization;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final String bureauUnitCode;

    SecrecyReportService(SecrecyReportRepository reports, OrganizationDirectory organization, Notices notices,
                         AuditLog audit, Clock clock,
                         @Value("${dehong.security.secrecy-bureau-unit-code:5331-BMJ}") String bureauUnitCode) {
        this.reports = reports;
        this.organization = organization;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        this.bureauUnitCode = bureauUnitCode;
    }

    record ReportInput(String subject, String details) {
    }

    record HandlingInput(Long version, String note) {
    }

    record ReportView(Long id, Long unitId, String unitName, String reportedBy, Instant reportedAt, String subject,
                      String details, SecrecyReport.Status status, String handlingNote, String handledBy,
                      Instant handledAt, long version) {
    }

    boolean isBureau(Actor actor) {
        return actor.has(Role.SECURITY_VIEWER) && actor.unitId() != null
                && bureauUnitCode.equals(organization.unit(actor.unitId()).code());
    }

    ReportView report(Actor actor, ReportInput input) {
        SecurityAccess.requireUnitMember(actor);
        SecrecyReport report = reports.saveAndFlush(new SecrecyReport(actor.unitId(), actor.unitName(),
                actor.username(), clock.instant(),
                SecurityAccess.text(input == null ? null : input.subject(), 200, "security.secrecy.error.subjectRequired"),
                SecurityAccess.text(input == null ? null : input.details(), 4000,
                        "security.secrecy.error.detailsRequired")));
        audit.record("security.secrecy.report", AUDIT_TYPE, report.getId(), null, "private report submitted");
        for (UserView officer : organization.usersWithRole(Role.SECURITY_VIEWER)) {
            if (officer.enabled() && bureauUnitCode.equals(organization.unit(officer.unitId()).code())) {
                notices.send(Actor.personal(officer.username()), "security.notice.secrecyReport",
                        List.of(String.valueOf(report.getId())), LINK);
            }
        }
        return view(report);
    }

    ReportView handle(Actor actor, Long id, HandlingInput input) {
        if (!isBureau(actor)) {
            throw BusinessRuleException.notFound("error.object.notFound");
        }
        SecrecyReport report = reports.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        if (report.getStatus() == SecrecyReport.Status.HANDLED) {
            throw BusinessRuleException.conflict("security.secrecy.error.handled");
        }
        if (input == null || input.version() == null || input.version() != report.getVersion()) {
            throw BusinessRuleException.conflict("error.concurrentChange");
        }
        report.handle(SecurityAccess.text(input.note(), 2000, "security.secrecy.error.noteRequired"),
                actor.username(), clock.instant());
        reports.saveAndFlush(report);
        audit.record("security.secrecy.handle", AUDIT_TYPE, id, "SUBMITTED", "HANDLED");
        notices.send(Actor.personal(report.getReportedBy()), "security.notice.secrecyHandled",
                List.of(String.valueOf(id)), LINK);
        return view(report);
    }

    /** The bureau: every report; a unit member: the reports they made themselves; anybody else: nothing (403). */
    @Transactional(readOnly = true)
    List<ReportView> reports(Actor actor) {
        if (isBureau(actor)) {
            return reports.findAllByOrderByReportedAtDescIdDesc().stream().map(SecrecyReportService::view).toList();
        }
        SecurityAccess.requireUnitMember(actor);
        return reports.findByReportedByOrderByReportedAtDescIdDesc(actor.username()).stream()
                .map(SecrecyReportService::view).toList();
    }

    @Transactional(readOnly = true)
    ReportView report(Actor actor, Long id) {
        SecrecyReport report = reports.findById(id)
                .filter(r -> isBureau(actor) || r.getReportedBy().equals(actor.username()))
                .orElseThrow(() -> BusinessRuleException.notFound("error.object.notFound"));
        return view(report);
    }

    private static ReportView view(SecrecyReport r) {
        return new ReportView(r.getId(), r.getUnitId(), r.getUnitName(), r.getReportedBy(), r.getReportedAt(),
                r.getSubject(), r.getDetails(), r.getStatus(), r.getHandlingNote(), r.getHandledBy(),
                r.getHandledAt(), r.getVersion());
    }
}
