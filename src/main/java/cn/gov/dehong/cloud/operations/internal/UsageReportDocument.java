package cn.gov.dehong.cloud.operations.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.operations.TicketStatus;
import cn.gov.dehong.cloud.operations.internal.UsageReportService.Availability;
import cn.gov.dehong.cloud.operations.internal.UsageReportService.IncidentRow;
import cn.gov.dehong.cloud.operations.internal.UsageReportService.UnitServices;
import cn.gov.dehong.cloud.operations.internal.UsageReportService.UsageReport;
import cn.gov.dehong.cloud.shared.PdfReport;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The monthly usage report as a PDF (the shared {@link PdfReport}, Chinese with the embedded font). */
@Component
class UsageReportDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(WorkingDayCalendar.ZONE);

    private final MessageSource messages;

    UsageReportDocument(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> pdf(UsageReport report, Locale locale) {
        byte[] body = render(report, locale);
        String name = text(locale, "operations.report.fileName", report.month().toString()) + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(body);
    }

    byte[] render(UsageReport r, Locale locale) {
        PdfReport pdf = new PdfReport(text(locale, "operations.report.heading", r.month().toString()), false);
        pdf.line(text(locale, "operations.report.scope") + "：" + (r.unitScoped() ? r.scopeName()
                : text(locale, "operations.report.scope.all")));
        pdf.line(text(locale, "operations.report.period") + "：" + TIME.format(r.periodStart()) + " – "
                + TIME.format(r.periodEnd()) + "　" + text(locale, "operations.report.generatedAt") + "："
                + TIME.format(r.generatedAt()));
        if (r.empty()) {
            pdf.line(text(locale, "operations.report.empty", r.month().toString()));
            return pdf.toBytes();
        }

        pdf.line(text(locale, "operations.report.services"));
        List<List<String>> rows = new ArrayList<>();
        for (UnitServices u : r.units()) {
            rows.add(List.of(u.unitName(), n(u.privateZone()), n(u.publicZone()), n(u.total())));
        }
        pdf.table(List.of(text(locale, "operations.report.unit"), text(locale, "zone.PRIVATE"),
                        text(locale, "zone.PUBLIC"), text(locale, "operations.report.total")),
                new boolean[] {false, true, true, true}, rows,
                List.of(text(locale, "operations.report.total"), n(r.zones().privateZone()),
                        n(r.zones().publicZone()), n(r.zones().total())));

        pdf.line(text(locale, "operations.report.incidents", r.incidents().size()));
        if (!r.incidents().isEmpty()) {
            rows = new ArrayList<>();
            for (IncidentRow i : r.incidents()) {
                rows.add(List.of(i.alertName(), i.severity(), String.join("、", i.units()), TIME.format(i.startsAt()),
                        i.open() ? text(locale, "operations.incident.ongoing") : TIME.format(i.endsAt()),
                        i.durationMinutes() == null ? "" : n(i.durationMinutes()), n(i.minutesInPeriod())));
            }
            pdf.table(List.of(text(locale, "operations.incident.alert"), text(locale, "operations.incident.severity"),
                            text(locale, "operations.incident.affected"), text(locale, "operations.incident.startsAt"),
                            text(locale, "operations.incident.endsAt"), text(locale, "operations.report.durationMinutes"),
                            text(locale, "operations.report.minutesInPeriod")),
                    new boolean[] {false, false, false, false, false, true, true}, rows, null);
        }

        var t = r.tickets();
        pdf.line(text(locale, "operations.report.tickets", t.total()));
        if (t.total() > 0) {
            rows = new ArrayList<>();
            for (TicketStatus status : TicketStatus.values()) {
                rows.add(List.of(text(locale, "operations.ticket.status." + status), n(t.byStatus().get(status))));
            }
            pdf.table(List.of(text(locale, "operations.ticket.status"), text(locale, "operations.report.count")),
                    new boolean[] {false, true}, rows, List.of(text(locale, "operations.report.total"), n(t.total())));
            pdf.line(text(locale, "operations.report.sla", t.responseMet(), t.responseMeasured(), t.resolutionMet(),
                    t.resolutionMeasured()));
        }

        pdf.line(text(locale, "operations.report.availability"));
        rows = new ArrayList<>();
        for (Availability a : r.availability()) {
            rows.add(List.of(a.productName(), category(a.category(), locale), n(a.instances()), n(a.serviceMinutes()),
                    n(a.downtimeMinutes()), a.availabilityPercent() == null ? "" : a.availabilityPercent() + "%"));
        }
        pdf.table(List.of(text(locale, "operations.report.serviceType"), text(locale, "operations.report.category"),
                        text(locale, "operations.report.instances"), text(locale, "operations.report.serviceMinutes"),
                        text(locale, "operations.report.downtimeMinutes"), text(locale, "operations.report.availabilityPercent")),
                new boolean[] {false, false, true, true, true, true}, rows, null);
        pdf.line(text(locale, "operations.report.availabilityNote"));
        return pdf.toBytes();
    }

    private String category(String category, Locale locale) {
        return category == null ? "" : messages.getMessage("catalog.category." + category, null, category, locale);
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
